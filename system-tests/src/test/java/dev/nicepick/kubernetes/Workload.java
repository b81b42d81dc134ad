package dev.nicepick.kubernetes;

import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;

import java.util.List;
import java.util.Map;

/**
 * A Deployment or StatefulSet of the rendered overlay: what the stand-in runs as one container.
 *
 * @param kind                 {@code Deployment} or {@code StatefulSet}
 * @param name                 its metadata name (the pod is named {@code <name>-0} for a StatefulSet)
 * @param replicas             its replica count (null: Kubernetes' default of 1)
 * @param template             its pod template, in the API's model
 * @param governingService     a StatefulSet's {@code serviceName} (its pods' DNS subdomain), else null
 * @param volumeClaimTemplates a StatefulSet's claims, each run as a Docker volume
 * @param raw                  the whole object as rendered, for the field check
 */
record Workload(String kind, String name, Integer replicas, V1PodTemplateSpec template, String governingService,
                List<V1PersistentVolumeClaim> volumeClaimTemplates, Map<String, Object> raw) {

    /** The pod's name as Kubernetes would make it stable: {@code <name>-0} for a StatefulSet, else the workload's name. */
    String podName() {
        return governingService == null ? name : name + "-0";
    }

    /** The pod's labels, which Services select on. */
    Map<String, String> labels() {
        return template.getMetadata() == null || template.getMetadata().getLabels() == null ? Map.of()
                : template.getMetadata().getLabels();
    }
}
