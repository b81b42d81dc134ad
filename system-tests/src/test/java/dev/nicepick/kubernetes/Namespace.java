package dev.nicepick.kubernetes;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import org.testcontainers.DockerClientFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The overlay's namespace on Docker: one network whose names are the Services' (short and qualified) and the
 * StatefulSets' pod names, the claims' volumes, and one Service published on a host port. Everything it makes
 * carries one label, so {@link #close} removes all of it, whatever happened before.
 */
final class Namespace implements AutoCloseable {

    private static final String LABEL = "dev.nicepick.kubelet-stand-in";

    private final DockerClient docker = DockerClientFactory.instance().client();
    private final RenderedOverlay overlay;
    private final String name;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String network;
    private final String publishedService;
    private final int publishedPort;
    private final List<String> volumes = new ArrayList<>();
    private final Map<String, Integer> pods = new LinkedHashMap<>();

    /** A namespace running {@code overlay}, with Service {@code publishedService}'s first port on 127.0.0.1:{@code publishedPort}. */
    Namespace(RenderedOverlay overlay, String publishedService, int publishedPort) {
        this.overlay = overlay;
        this.name = overlay.services().values().stream().map(s -> s.getMetadata().getNamespace()).filter(Objects::nonNull)
                .findFirst().orElse("default");
        this.publishedService = publishedService;
        this.publishedPort = publishedPort;
        this.network = prefix();
        docker.createNetworkCmd().withName(network).withLabels(labels()).exec();
    }

    DockerClient docker() {
        return docker;
    }

    RenderedOverlay overlay() {
        return overlay;
    }

    String name() {
        return name;
    }

    String network() {
        return network;
    }

    /** The start of every container, network and volume name of this run. */
    String prefix() {
        return "nicepick-k8s-" + run;
    }

    /** A new container's name for one of {@code workload}'s pods: its pod name, then a count for each replacement. */
    String containerName(Workload workload) {
        int made = pods.merge(workload.name(), 1, Integer::sum);
        return prefix() + "-" + workload.podName() + (made == 1 ? "" : "-" + made);
    }

    Map<String, String> labels() {
        return Map.of(LABEL, run);
    }

    /**
     * The names a pod answers to: each Service selecting it ({@code svc}, {@code svc.ns}, {@code svc.ns.svc},
     * {@code svc.ns.svc.cluster.local}) and, in a StatefulSet, its own {@code pod.governing-service...}. A Service
     * whose port differs from the container port it targets fails: Docker's names cannot translate ports.
     */
    List<String> aliasesOf(Workload workload, V1Container container) {
        List<String> aliases = new ArrayList<>();
        for (V1Service service : selecting(workload)) {
            String serviceName = service.getMetadata().getName();
            for (V1ServicePort port : service.getSpec().getPorts()) {
                int target = port.getTargetPort() == null ? port.getPort() : containerPort(workload, container, port.getTargetPort());
                if (target != port.getPort()) {
                    throw new IllegalStateException("Service " + serviceName + " maps port " + port.getPort() + " to " + target
                            + "; the stand-in's network names cannot translate ports");
                }
            }
            aliases.addAll(qualified(serviceName));
        }
        if (workload.governingService() != null) {
            if (!overlay.services().containsKey(workload.governingService())) {
                throw new IllegalStateException("StatefulSet " + workload.name() + " names the governing Service "
                        + workload.governingService() + ", which the overlay does not have: its pods would get no DNS names");
            }
            qualified(workload.governingService()).forEach(s -> aliases.add(workload.podName() + "." + s));
        }
        return aliases;
    }

    private List<String> qualified(String service) {
        return List.of(service, service + "." + name, service + "." + name + ".svc", service + "." + name + ".svc.cluster.local");
    }

    private List<V1Service> selecting(Workload workload) {
        return overlay.services().values().stream().filter(s -> {
            Map<String, String> selector = s.getSpec().getSelector();
            return selector != null && !selector.isEmpty() && selector.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(workload.labels().get(e.getKey())));
        }).toList();
    }

    /** The number of container port {@code port} (a number, or a name among the container's ports), or a failure naming it. */
    int containerPort(Workload workload, V1Container container, IntOrString port) {
        if (port.isInteger()) {
            return port.getIntValue();
        }
        Integer number = StandInPod.namedPorts(container).get(port.getStrValue());
        if (number == null) {
            throw new IllegalStateException(workload.name() + " has no container port named " + port.getStrValue()
                    + " (it has " + StandInPod.namedPorts(container) + ")");
        }
        return number;
    }

    /** The host port for {@code workload}'s pod when the published Service selects it, else null. */
    Integer publishedPort(Workload workload) {
        return selecting(workload).stream().anyMatch(s -> s.getMetadata().getName().equals(publishedService)) ? publishedPort : null;
    }

    /** The container port the published Service's first port reaches. */
    int publishedTargetPort(Workload workload, V1Container container) {
        V1ServicePort port = overlay.services().get(publishedService).getSpec().getPorts().getFirst();
        return port.getTargetPort() == null ? port.getPort() : containerPort(workload, container, port.getTargetPort());
    }

    /**
     * The variables the kubelet gives every pod for every Service ({@code NAME_SERVICE_HOST}, {@code NAME_PORT}, ...),
     * with made-up cluster addresses: a variable an application or image misreads (Kafka's {@code KAFKA_PORT} is the
     * classic) shows up here as on a cluster.
     */
    Map<String, String> serviceLinks() {
        Map<String, String> env = new LinkedHashMap<>();
        int n = 10;
        for (V1Service service : overlay.services().values()) {
            if ("None".equals(service.getSpec().getClusterIP()) || service.getSpec().getPorts() == null) {
                continue;
            }
            String address = "10.96.0." + n++;
            String prefix = service.getMetadata().getName().toUpperCase(Locale.ROOT).replace('-', '_');
            V1ServicePort first = service.getSpec().getPorts().getFirst();
            env.put(prefix + "_SERVICE_HOST", address);
            env.put(prefix + "_SERVICE_PORT", first.getPort().toString());
            env.put(prefix + "_PORT", "tcp://" + address + ":" + first.getPort());
            for (V1ServicePort port : service.getSpec().getPorts()) {
                String protocol = Objects.requireNonNullElse(port.getProtocol(), "TCP");
                if (port.getName() != null) {
                    env.put(prefix + "_SERVICE_PORT_" + port.getName().toUpperCase(Locale.ROOT).replace('-', '_'), port.getPort().toString());
                }
                String each = prefix + "_PORT_" + port.getPort() + "_" + protocol;
                env.put(each, protocol.toLowerCase(Locale.ROOT) + "://" + address + ":" + port.getPort());
                env.put(each + "_PROTO", protocol.toLowerCase(Locale.ROOT));
                env.put(each + "_PORT", port.getPort().toString());
                env.put(each + "_ADDR", address);
            }
        }
        return env;
    }

    /**
     * A claim's volume ({@code claim-pod}, made once), empty as a new PersistentVolume is; with the pod's
     * {@code fsGroup}, made group-owned and group-writable (setgid) as the kubelet does, by a short run of
     * {@code image} as root.
     */
    String claimVolume(String claim, String image, V1PodSecurityContext pod) {
        String volume = prefix() + "-" + claim;
        if (!volumes.contains(volume)) {
            docker.createVolumeCmd().withName(volume).withLabels(labels()).exec();
            volumes.add(volume);
            if (pod != null && pod.getFsGroup() != null) {
                String helper = docker.createContainerCmd(image).withName(volume + "-fsgroup").withUser("0").withLabels(labels())
                        .withEntrypoint("sh", "-c", "chgrp " + pod.getFsGroup() + " /volume && chmod 2775 /volume")
                        .withHostConfig(com.github.dockerjava.api.model.HostConfig.newHostConfig().withNetworkMode("none")
                                .withBinds(new com.github.dockerjava.api.model.Bind(volume, new com.github.dockerjava.api.model.Volume("/volume"))))
                        .exec().getId();
                docker.startContainerCmd(helper).exec();
                Integer code = docker.waitContainerCmd(helper).start().awaitStatusCode();
                docker.removeContainerCmd(helper).withForce(true).exec();
                if (code != 0) {
                    throw new IllegalStateException("Could not give volume " + volume + " to fsGroup " + pod.getFsGroup());
                }
            }
        }
        return volume;
    }

    /** A new {@code emptyDir}: a tmpfs volume of {@code bytes}, empty and writable by every user (0777). */
    String emptyDir(String name, long bytes) {
        String volume = name;
        docker.createVolumeCmd().withName(volume).withLabels(labels()).withDriver("local")
                .withDriverOpts(Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=" + bytes + ",mode=0777")).exec();
        return volume;
    }

    /** Removes every container, volume and network of this run (by its label), reporting what it could not. */
    @Override
    public void close() {
        List<String> failures = new ArrayList<>();
        for (Container container : docker.listContainersCmd().withShowAll(true).withLabelFilter(labels()).exec()) {
            try {
                docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
            } catch (RuntimeException e) {
                failures.add("container " + container.getNames()[0] + ": " + e.getMessage());
            }
        }
        docker.listVolumesCmd().withFilter("label", List.of(LABEL + "=" + run)).exec().getVolumes().forEach(v -> {
            try {
                docker.removeVolumeCmd(v.getName()).exec();
            } catch (RuntimeException e) {
                failures.add("volume " + v.getName() + ": " + e.getMessage());
            }
        });
        try {
            docker.removeNetworkCmd(network).exec();
        } catch (RuntimeException e) {
            failures.add("network " + network + ": " + e.getMessage());
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The stand-in left behind: " + failures);
        }
    }
}
