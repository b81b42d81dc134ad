// What keeps a workload serving through probes, rollouts, node drains and its own shutdown.
import { applications, deploymentsAndStatefulSets, environment, inNamespaceOf, selects } from "../workloads.js";
import { describe } from "../rendered.js";

const probeKinds = ["startupProbe", "readinessProbe", "livenessProbe"];

/** A port of the pod as a number: a number stays, a name is looked up among its containers' ports. */
function portNumber(template, port) {
  if (typeof port !== "string") return port;
  return (template.spec?.containers ?? []).flatMap((c) => c.ports ?? []).find((p) => p.name === port)?.containerPort;
}

/** The port numbers that the Services selecting a pod send traffic to (targetPort, by number or container port name). */
function portsExposedToServices(workload, template, objects) {
  return new Set(inNamespaceOf(workload, objects, "Service")
    .filter((service) => service.spec?.selector && selects({ matchLabels: service.spec.selector }, template.metadata?.labels))
    .flatMap((service) => (service.spec.ports ?? []).map((p) => portNumber(template, p.targetPort ?? p.port))));
}

/**
 * Each container of each Deployment and StatefulSet has the three probes; each HTTP or gRPC probe (a health endpoint;
 * the startup probe too) is on a port that no Service exposes; requests for CPU and memory and a memory limit are set.
 */
export function unprobedOrUnsized(objects) {
  return deploymentsAndStatefulSets(objects).flatMap(({ workload, name, template }) => {
    const exposed = portsExposedToServices(workload, template, objects);
    return (template.spec?.containers ?? []).flatMap((container) => {
      const where = `${name} container ${container.name}`;
      const missing = probeKinds.filter((probe) => !container[probe]).map((probe) => `${where}: no ${probe}`);
      const exposedProbes = probeKinds.flatMap((probe) => {
        const port = container[probe]?.httpGet?.port ?? container[probe]?.grpc?.port;
        return port !== undefined && exposed.has(portNumber(template, port))
          ? [`${where}: ${probe} is on port ${port}, which a Service exposes`] : [];
      });
      const resources = container.resources ?? {};
      const sizing = [
        !resources.requests?.cpu && `${where}: no CPU request`,
        !resources.requests?.memory && `${where}: no memory request`,
        !resources.limits?.memory && `${where}: no memory limit`,
      ].filter(Boolean);
      return [...missing, ...exposedProbes, ...sizing];
    });
  });
}

/** Each Deployment and StatefulSet is selected by a PodDisruptionBudget of its namespace. */
export function withoutDisruptionBudget(objects) {
  return deploymentsAndStatefulSets(objects)
    .filter(({ workload, template }) => !inNamespaceOf(workload, objects, "PodDisruptionBudget")
      .some((pdb) => selects(pdb.spec?.selector, template.metadata?.labels)))
    .map(({ name }) => `${name}: no PodDisruptionBudget selects its pods`);
}

/** Deployments roll with maxUnavailable 0 (never below the wanted replicas); StatefulSets roll (not OnDelete). */
export function unsafeRollouts(objects) {
  return deploymentsAndStatefulSets(objects).flatMap(({ workload, name }) => {
    if (workload.kind === "StatefulSet") {
      const type = workload.spec?.updateStrategy?.type ?? "RollingUpdate";
      return type === "RollingUpdate" ? [] : [`${name}: updateStrategy ${type}, not RollingUpdate`];
    }
    const strategy = workload.spec?.strategy ?? {};
    const maxUnavailable = strategy.rollingUpdate?.maxUnavailable; // unset means 25 %
    return (strategy.type ?? "RollingUpdate") === "RollingUpdate" && [0, "0%"].includes(maxUnavailable) ? []
      : [`${name}: rollout may take pods away (strategy ${strategy.type ?? "RollingUpdate"}, maxUnavailable ${maxUnavailable ?? "25% by default"})`];
  });
}

/** Seconds of a duration as Spring writes one ("20s", "1m", "500ms", or plain seconds). */
function seconds(duration) {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(String(duration).trim());
  if (!match) return Number.POSITIVE_INFINITY; // unreadable: no grace period can be shown to cover it
  return Number(match[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[match[2] ?? "s"];
}

/** Seconds a preStop hook takes: its sleep action, or an exec of `sleep N`; null without a preStop hook. */
function preStopSeconds(container) {
  const preStop = container.lifecycle?.preStop;
  if (!preStop) return null;
  if (preStop.sleep) return Number(preStop.sleep.seconds);
  const command = (preStop.exec?.command ?? []).join(" ");
  const sleep = /\bsleep\s+(\d+)/.exec(command);
  return sleep ? Number(sleep[1]) : 0;
}

/**
 * Spring Boot's spring.lifecycle.timeout-per-shutdown-phase when the environment sets none, in seconds.
 * Phases that can each take up to the timeout on SIGTERM: the Kafka listener containers' stop, the web server's drain
 * of in-flight requests, and the outbox relay's last round (SmartLifecycle beans of three different phases, each
 * phase awaited on its own).
 */
const defaultShutdownPhaseSeconds = 30;
const shutdownPhases = 3;
/** After the phases the Kafka producer closes, waiting at most this long for sends in flight (messaging's PRODUCER_CLOSE_SECONDS). */
const producerCloseSeconds = 5;

/**
 * Every container has a preStop hook, and terminationGracePeriodSeconds (default 30) covers it. For a Spring
 * application (a Deployment of the gateway or a service of services.tsv, or any container whose environment sets
 * SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE) it is at least the preStop pause plus three shutdown phases (listener
 * containers, web server drain, outbox relay) of that timeout each (Spring Boot's 30 s where the environment sets
 * none) plus the Kafka producer's bounded close: otherwise the kubelet's SIGKILL can cut the last phase short.
 */
export function uncoveredShutdowns(objects, names = applications()) {
  return deploymentsAndStatefulSets(objects).flatMap(({ workload, name, template }) => {
    const grace = template.spec?.terminationGracePeriodSeconds ?? 30;
    const isApplication = workload.kind === "Deployment" && names.includes(workload.metadata?.name);
    return (template.spec?.containers ?? []).flatMap((container) => {
      const where = `${name} container ${container.name}`;
      const preStop = preStopSeconds(container);
      if (preStop === null) return [`${where}: no preStop hook`];
      const phase = environment(container, workload, objects).SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE;
      if (phase === undefined && !isApplication) {
        return grace >= preStop ? [] : [`${where}: terminationGracePeriodSeconds ${grace} does not cover preStop ${preStop} s`];
      }
      const shutdown = phase === undefined ? defaultShutdownPhaseSeconds : seconds(phase);
      return grace >= preStop + shutdownPhases * shutdown + producerCloseSeconds ? []
        : [`${where}: terminationGracePeriodSeconds ${grace} does not cover preStop ${preStop} s + ${shutdownPhases} shutdown phases of ${shutdown} s + the producer's close ${producerCloseSeconds} s`];
    });
  });
}

const minimumReplicas = 2;

/**
 * Every application Deployment (the gateway and each service of services.tsv) runs 2 replicas or more, so that a node
 * drain or a rollout never leaves it without one: its `replicas` (default 1), or, where a HorizontalPodAutoscaler or a
 * KEDA ScaledObject targets it, that autoscaler's minReplicas (default 1) or minReplicaCount (default 0), and then no
 * `replicas` of its own (an apply would reset what the autoscaler chose).
 */
export function tooFewReplicas(objects, names = applications()) {
  return objects.filter((o) => o.kind === "Deployment" && names.includes(o.metadata?.name)).flatMap((deployment) => {
    const name = describe(deployment);
    const autoscalers = inNamespaceOf(deployment, objects, "HorizontalPodAutoscaler").map((o) => ({ o, field: "minReplicas", min: o.spec?.minReplicas ?? 1 }))
      .concat(inNamespaceOf(deployment, objects, "ScaledObject").map((o) => ({ o, field: "minReplicaCount", min: o.spec?.minReplicaCount ?? 0 })))
      .filter(({ o }) => (o.spec?.scaleTargetRef?.kind ?? "Deployment") === "Deployment" && o.spec?.scaleTargetRef?.name === deployment.metadata.name);
    if (autoscalers.length === 0) {
      const replicas = deployment.spec?.replicas ?? 1;
      return replicas >= minimumReplicas ? [] : [`${name}: replicas ${replicas}, fewer than ${minimumReplicas}`];
    }
    return autoscalers.flatMap(({ o, field, min }) => [
      min < minimumReplicas && `${name}: ${o.kind} ${o.metadata.name} keeps ${min} replica${min === 1 ? "" : "s"} at least (${field}), fewer than ${minimumReplicas}`,
      deployment.spec?.replicas !== undefined && `${name}: sets replicas although ${o.kind} ${o.metadata.name} scales it`,
    ].filter(Boolean));
  });
}
