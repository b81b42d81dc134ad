package dev.nicepick.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every field a workload's pod template sets must be one the stand-in honours, or one that means nothing on a
 * single node (scheduling, the API server); anything else fails the test naming its path, so a field the
 * manifests come to rely on is never skipped in silence. Paths read like {@code containers[].env[].valueFrom}.
 */
final class PodTemplateCheck {

    /** Fields {@link StandInPod} turns into Docker's settings, by path under {@code spec.template.spec}. */
    private static final List<String> HONOURED = List.of(
            "containers[].name", "containers[].image", "containers[].command[]", "containers[].args[]", "containers[].workingDir",
            "containers[].env[].name", "containers[].env[].value",
            "containers[].env[].valueFrom.secretKeyRef.name", "containers[].env[].valueFrom.secretKeyRef.key",
            "containers[].env[].valueFrom.configMapKeyRef.name", "containers[].env[].valueFrom.configMapKeyRef.key",
            "containers[].env[].valueFrom.fieldRef.fieldPath", "containers[].env[].valueFrom.fieldRef.apiVersion",
            "containers[].envFrom[].configMapRef.name", "containers[].envFrom[].secretRef.name", "containers[].envFrom[].prefix",
            "containers[].ports[].name", "containers[].ports[].containerPort", "containers[].ports[].protocol",
            "containers[].resources.limits.memory", "containers[].resources.limits.cpu",
            "containers[].securityContext.runAsUser", "containers[].securityContext.runAsGroup",
            "containers[].securityContext.runAsNonRoot", "containers[].securityContext.readOnlyRootFilesystem",
            "containers[].securityContext.allowPrivilegeEscalation", "containers[].securityContext.privileged",
            "containers[].securityContext.capabilities.drop[]", "containers[].securityContext.seccompProfile.type",
            "containers[].volumeMounts[].name", "containers[].volumeMounts[].mountPath", "containers[].volumeMounts[].readOnly",
            "containers[].(startupProbe|readinessProbe|livenessProbe).httpGet.(path|port|scheme)",
            "containers[].(startupProbe|readinessProbe|livenessProbe).exec.command[]",
            "containers[].(startupProbe|readinessProbe|livenessProbe).tcpSocket.port",
            "containers[].(startupProbe|readinessProbe|livenessProbe).(initialDelaySeconds|periodSeconds|timeoutSeconds|failureThreshold|successThreshold)",
            "containers[].lifecycle.preStop.exec.command[]", "containers[].lifecycle.preStop.sleep.seconds",
            "securityContext.runAsUser", "securityContext.runAsGroup", "securityContext.runAsNonRoot", "securityContext.fsGroup",
            "securityContext.supplementalGroups[]", "securityContext.seccompProfile.type", "securityContext.fsGroupChangePolicy",
            "terminationGracePeriodSeconds", "enableServiceLinks", "hostname", "subdomain",
            "volumes[].name", "volumes[].emptyDir", "volumes[].emptyDir.medium", "volumes[].emptyDir.sizeLimit");

    /** Fields that matter only to a cluster (where a pod is placed, the API server, restarts), not to how it runs. */
    private static final List<String> CLUSTER_ONLY = List.of(
            "containers[].imagePullPolicy", "containers[].resources.requests.*", "containers[].terminationMessagePolicy",
            "containers[].terminationMessagePath", "serviceAccountName", "automountServiceAccountToken", "restartPolicy",
            "dnsPolicy", "schedulerName", "affinity.**", "topologySpreadConstraints.**", "nodeSelector.*", "tolerations.**",
            "priorityClassName");

    private static final List<Pattern> KNOWN = java.util.stream.Stream.concat(HONOURED.stream(), CLUSTER_ONLY.stream())
            .map(PodTemplateCheck::pattern).toList();

    private PodTemplateCheck() {
    }

    /** Fails naming every field of {@code workload}'s pod template the stand-in would otherwise leave out. */
    @SuppressWarnings("unchecked")
    static void requireHonoured(Workload workload) {
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) workload.raw().get("spec"))
                .get("template")).get("spec");
        List<String> unknown = new ArrayList<>();
        walk("", spec, unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(workload.kind() + " " + workload.name()
                    + " sets fields the kubelet stand-in cannot honour (teach StandInPod, or list them as cluster-only): " + unknown);
        }
    }

    private static void walk(String path, Object value, List<String> unknown) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, child) -> walk(path.isEmpty() ? key.toString() : path + "." + key, child, unknown));
        } else if (value instanceof List<?> list && !list.isEmpty() && (list.getFirst() instanceof Map<?, ?>)) {
            list.forEach(item -> walk(path + "[]", item, unknown));
        } else {
            String leaf = value instanceof List<?> ? path + "[]" : path;
            if (KNOWN.stream().noneMatch(p -> p.matcher(leaf).matches())) {
                unknown.add(leaf);
            }
        }
    }

    /** {@code a.b} matches itself, {@code *} one name, {@code **} anything below; {@code (x|y)} either. */
    private static Pattern pattern(String path) {
        String regex = path.replace(".", "\\.").replace("[]", "\\[\\]").replace("\\.**", "(\\..+)?").replace("*", "[^.]+");
        return Pattern.compile(regex);
    }
}
