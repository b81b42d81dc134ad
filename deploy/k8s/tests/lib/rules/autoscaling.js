// Autoscaling that cannot fight itself: one autoscaler per workload, and KEDA never asking for more consumers than
// the topic has partitions (the extra ones would sit idle, and count against the budget of the cluster).
import { environment } from "../workloads.js";

const defaultPartitions = 6; // StreamTopology's default for nicepick.kafka.partitions

const targetOf = (o) => `${o.spec?.scaleTargetRef?.kind ?? "Deployment"} ${o.metadata?.namespace ?? ""}/${o.spec?.scaleTargetRef?.name}`;

/** Workloads that both a HorizontalPodAutoscaler and a KEDA ScaledObject target. */
export function doublyScaled(objects) {
  const byHpa = new Set(objects.filter((o) => o.kind === "HorizontalPodAutoscaler").map(targetOf));
  return objects.filter((o) => o.kind === "ScaledObject" && byHpa.has(targetOf(o)))
    .map((o) => `${targetOf(o)}: targeted by a HorizontalPodAutoscaler and by ScaledObject ${o.metadata.name}`);
}

/**
 * The partitions of a topic: its KafkaTopic's spec.partitions where the rendering has one, else what the scaled
 * workload's environment declares (NICEPICK_KAFKA_PARTITIONS), else StreamTopology's default.
 */
function partitionsOf(topic, scaled, objects) {
  const kafkaTopic = objects.find((o) => o.kind === "KafkaTopic" && (o.spec?.topicName ?? o.metadata?.name) === topic);
  if (kafkaTopic?.spec?.partitions) return kafkaTopic.spec.partitions;
  const declared = (scaled?.spec?.template?.spec?.containers ?? [])
    .map((c) => environment(c, scaled, objects).NICEPICK_KAFKA_PARTITIONS).find((v) => v !== undefined);
  return declared !== undefined ? Number(declared) : defaultPartitions;
}

/** Kafka-triggered ScaledObjects whose maxReplicaCount exceeds the partitions of the topic they scale on. */
export function moreReplicasThanPartitions(objects) {
  return objects.filter((o) => o.kind === "ScaledObject").flatMap((scaledObject) => {
    const maxReplicas = scaledObject.spec?.maxReplicaCount ?? 100; // KEDA's default
    const scaled = objects.find((o) => o.kind === (scaledObject.spec?.scaleTargetRef?.kind ?? "Deployment")
      && o.metadata?.name === scaledObject.spec?.scaleTargetRef?.name);
    return (scaledObject.spec?.triggers ?? []).filter((t) => t.type === "kafka").flatMap((trigger) => {
      const topic = trigger.metadata?.topic;
      if (!topic) return [`ScaledObject ${scaledObject.metadata.name}: a kafka trigger names no topic, so no partition count bounds it`];
      const partitions = partitionsOf(topic, scaled, objects);
      return maxReplicas <= partitions ? []
        : [`ScaledObject ${scaledObject.metadata.name}: maxReplicaCount ${maxReplicas} exceeds the ${partitions} partitions of ${topic}`];
    });
  });
}
