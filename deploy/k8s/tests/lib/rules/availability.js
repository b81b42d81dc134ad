// What keeps a workload serving through probes, rollouts, node drains and its own shutdown.
import { deploymentsAndStatefulSets, environment, inNamespaceOf, selects } from "../workloads.js";

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
 * Each container of each Deployment and StatefulSet has the three probes; an HTTP or gRPC probe (a health endpoint)
 * is on a port that no Service exposes; requests for CPU and memory and a memory limit are set.
 */
export function unprobedOrUnsized(objects) {
  return deploymentsAndStatefulSets(objects).flatMap(({ workload, name, template }) => {
    const exposed = portsExposedToServices(workload, template, objects);
    return (template.spec?.containers ?? []).flatMap((container) => {
      const where = `${name} container ${container.name}`;
      const missing = probeKinds.filter((probe) => !container[probe]).map((probe) => `${where}: no ${probe}`);
      const exposedProbes = ["readinessProbe", "livenessProbe"].flatMap((probe) => {
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

/** Seconds of a duration as Spring writes one ("20s", "1m", "500ms", or plain seconds); 0 when unset. */
function seconds(duration) {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(String(duration ?? "0").trim());
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
 * Every container has a preStop hook, and terminationGracePeriodSeconds covers it plus the application's graceful
 * shutdown phase (SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE, where its environment sets one).
 */
export function uncoveredShutdowns(objects) {
  return deploymentsAndStatefulSets(objects).flatMap(({ workload, name, template }) => {
    const grace = template.spec?.terminationGracePeriodSeconds ?? 30;
    return (template.spec?.containers ?? []).flatMap((container) => {
      const where = `${name} container ${container.name}`;
      const preStop = preStopSeconds(container);
      if (preStop === null) return [`${where}: no preStop hook`];
      const shutdown = seconds(environment(container, workload, objects).SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE);
      return preStop + shutdown < grace ? []
        : [`${where}: terminationGracePeriodSeconds ${grace} does not cover preStop ${preStop} s + shutdown phase ${shutdown} s`];
    });
  });
}
