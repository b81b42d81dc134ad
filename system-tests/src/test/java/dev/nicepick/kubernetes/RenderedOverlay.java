package dev.nicepick.kubernetes;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.util.Yaml;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * An overlay as {@code kubectl kustomize} renders it, read into the Kubernetes API's own models (the official Java
 * client's {@link Yaml}). Each workload also keeps its raw tree, so {@link PodTemplateCheck} can see every field
 * the manifests set, including those the models would drop.
 *
 * @param workloads every Deployment and StatefulSet, in the rendered order
 * @param services  every Service, by name
 * @param configMaps every ConfigMap, by name
 * @param secrets   every Secret, by name
 */
record RenderedOverlay(List<Workload> workloads, Map<String, V1Service> services, Map<String, V1ConfigMap> configMaps,
                       Map<String, V1Secret> secrets) {

    /** The overlay the test runs: {@code -Dnicepick.k8s.overlay=DIR}, else this repository's {@code deploy/k8s/overlays/local}. */
    static Path localOverlay() {
        String chosen = System.getProperty("nicepick.k8s.overlay", "");
        return chosen.isBlank() ? Path.of("").toAbsolutePath().getParent().resolve("deploy/k8s/overlays/local") : Path.of(chosen);
    }

    /** Renders {@code overlay} with {@code kubectl kustomize}; fails naming kubectl's own message when it cannot. */
    static RenderedOverlay render(Path overlay) throws IOException, InterruptedException {
        if (!Files.isDirectory(overlay)) {
            throw new IllegalStateException("No overlay at " + overlay + " (set -Dnicepick.k8s.overlay to another one)");
        }
        Path out = Files.createTempFile("rendered-overlay", ".yaml");
        Path err = Files.createTempFile("rendered-overlay", ".err");
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!kubectl.waitFor(2, TimeUnit.MINUTES) || kubectl.exitValue() != 0) {
                kubectl.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed: " + Files.readString(err));
            }
            return parse(Files.readString(out));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @SuppressWarnings("unchecked")
    static RenderedOverlay parse(String rendered) {
        List<Workload> workloads = new ArrayList<>();
        Map<String, V1Service> services = new LinkedHashMap<>();
        Map<String, V1ConfigMap> configMaps = new LinkedHashMap<>();
        Map<String, V1Secret> secrets = new LinkedHashMap<>();
        org.yaml.snakeyaml.Yaml raw = new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions()));
        for (String document : rendered.split("(?m)^---\\s*$")) {
            Object tree = raw.load(document);
            if (!(tree instanceof Map<?, ?> object)) {
                continue;
            }
            String kind = Objects.toString(object.get("kind"));
            switch (kind) {
                case "Deployment" -> {
                    V1Deployment deployment = Yaml.loadAs(document, V1Deployment.class);
                    workloads.add(new Workload(kind, deployment.getMetadata().getName(), deployment.getSpec().getReplicas(),
                            deployment.getSpec().getTemplate(), null, List.of(), (Map<String, Object>) object));
                }
                case "StatefulSet" -> {
                    V1StatefulSet set = Yaml.loadAs(document, V1StatefulSet.class);
                    workloads.add(new Workload(kind, set.getMetadata().getName(), set.getSpec().getReplicas(),
                            set.getSpec().getTemplate(), set.getSpec().getServiceName(),
                            Objects.requireNonNullElse(set.getSpec().getVolumeClaimTemplates(), List.of()), (Map<String, Object>) object));
                }
                case "Service" -> {
                    V1Service service = Yaml.loadAs(document, V1Service.class);
                    services.put(service.getMetadata().getName(), service);
                }
                case "ConfigMap" -> {
                    V1ConfigMap map = Yaml.loadAs(document, V1ConfigMap.class);
                    configMaps.put(map.getMetadata().getName(), map);
                }
                case "Secret" -> {
                    V1Secret secret = Yaml.loadAs(document, V1Secret.class);
                    secrets.put(secret.getMetadata().getName(), secret);
                }
                case "DaemonSet", "Job", "CronJob", "ReplicaSet", "Pod" -> throw new IllegalStateException(
                        "The kubelet stand-in runs Deployments and StatefulSets only; the overlay has a " + kind);
                default -> {
                    // namespaces, service accounts, policies, budgets: nothing a single node runs
                }
            }
        }
        return new RenderedOverlay(List.copyOf(workloads), services, configMaps, secrets);
    }

    /** The value of {@code key} in ConfigMap {@code name}; fails naming both when either is missing. */
    String configMapValue(String name, String key) {
        V1ConfigMap map = configMaps.get(name);
        if (map == null || map.getData() == null || !map.getData().containsKey(key)) {
            throw new IllegalStateException("The overlay has no ConfigMap " + name + " with key " + key);
        }
        return map.getData().get(key);
    }

    /** The decoded value of {@code key} in Secret {@code name} ({@code data} is base64, {@code stringData} plain). */
    String secretValue(String name, String key) {
        Map<String, String> values = secretData(name);
        if (!values.containsKey(key)) {
            throw new IllegalStateException("The overlay's Secret " + name + " has no key " + key);
        }
        return values.get(key);
    }

    /** Every key of Secret {@code name}, decoded. */
    Map<String, String> secretData(String name) {
        V1Secret secret = secrets.get(name);
        if (secret == null) {
            throw new IllegalStateException("The overlay has no Secret " + name);
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (secret.getData() != null) {
            // the client's model already holds data as the decoded bytes
            secret.getData().forEach((k, v) -> values.put(k, new String(v, StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            values.putAll(secret.getStringData());
        }
        return values;
    }

    /** Every key of ConfigMap {@code name}. */
    Map<String, String> configMapData(String name) {
        V1ConfigMap map = configMaps.get(name);
        if (map == null) {
            throw new IllegalStateException("The overlay has no ConfigMap " + name);
        }
        if (map.getBinaryData() != null && !map.getBinaryData().isEmpty()) {
            throw new IllegalStateException("ConfigMap " + name + " has binaryData, which the stand-in does not mount");
        }
        return Objects.requireNonNullElse(map.getData(), Map.of());
    }
}
