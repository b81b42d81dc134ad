package dev.nicepick.kubernetes;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.VolumeOptions;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One workload's pod as a kubelet would run it, on Docker: its one container with the image, command, args,
 * environment (ConfigMaps and Secrets resolved), user, read-only root file system, capabilities, no new
 * privileges, memory and CPU limits, {@code emptyDir}s as tmpfs and claims as volumes, on the namespace's network
 * under the names its Services and its StatefulSet give it. Probes and the preStop hook run as the kubelet runs
 * them. What it cannot honour fails at {@link #create} with the field's name.
 */
final class StandInPod {

    /** Kubernetes' own defaults: probe period, timeout, failure and success thresholds; the termination grace period. */
    private static final int PERIOD = 10;
    private static final int TIMEOUT = 1;
    private static final int FAILURES = 3;
    private static final long GRACE = 30;
    /** A tmpfs without a size would take half the machine's memory; an emptyDir without sizeLimit gets this much here. */
    private static final long EMPTY_DIR_BYTES = 256L << 20;
    private static final Pattern REFERENCE = Pattern.compile("\\$\\$|\\$\\(([A-Za-z_][A-Za-z0-9_.-]*)\\)");

    private final Namespace namespace;
    private final Workload workload;
    private final V1Container container;
    private final String containerName;
    private final String containerId;
    private final List<String> aliases;
    private int restarts;

    private StandInPod(Namespace namespace, Workload workload, V1Container container, String containerName, String containerId,
                       List<String> aliases) {
        this.namespace = namespace;
        this.workload = workload;
        this.container = container;
        this.containerName = containerName;
        this.containerId = containerId;
        this.aliases = aliases;
    }

    /** Creates (does not start) the pod's container, and the volumes of its claims. */
    static StandInPod create(Namespace namespace, Workload workload) {
        PodTemplateCheck.requireHonoured(workload);
        if (workload.replicas() != null && workload.replicas() > 1) {
            throw new IllegalStateException(workload.kind() + " " + workload.name() + " asks for " + workload.replicas()
                    + " replicas; the local overlay's stand-in runs one pod per workload");
        }
        V1PodSpec pod = workload.template().getSpec();
        if (pod.getContainers().size() != 1 || pod.getInitContainers() != null && !pod.getInitContainers().isEmpty()) {
            throw new IllegalStateException(workload.name() + ": the stand-in runs pods of exactly one container and no init containers");
        }
        V1Container container = pod.getContainers().getFirst();
        DockerClient docker = namespace.docker();
        String image = StandInImages.resolve(container.getImage());
        String name = namespace.containerName(workload);
        List<String> aliases = namespace.aliasesOf(workload, container);
        Map<String, String> env = environment(namespace, workload, container);

        CreateContainerCmd create = docker.createContainerCmd(image)
                .withName(name)
                .withHostName(Objects.requireNonNullElse(pod.getHostname(), workload.podName()))
                .withLabels(namespace.labels())
                .withEnv(env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                .withAliases(aliases);
        // Kubernetes' rule, written out (Docker's API would otherwise send an empty entrypoint): command replaces the
        // image's entrypoint and drops its default arguments; args replace the default arguments
        var config = docker.inspectImageCmd(image).exec().getConfig();
        List<String> entrypoint = container.getCommand() != null ? expand(container.getCommand(), env)
                : List.of(Objects.requireNonNullElse(config.getEntrypoint(), new String[0]));
        List<String> arguments = container.getArgs() != null ? expand(container.getArgs(), env)
                : container.getCommand() != null ? List.of() : List.of(Objects.requireNonNullElse(config.getCmd(), new String[0]));
        if (!entrypoint.isEmpty()) {
            create.withEntrypoint(entrypoint);
        }
        if (!arguments.isEmpty()) {
            create.withCmd(arguments);
        }
        if (container.getWorkingDir() != null) {
            create.withWorkingDir(container.getWorkingDir());
        }
        HostConfig host = HostConfig.newHostConfig().withNetworkMode(namespace.network()).withInit(false);
        String user = user(docker, image, pod.getSecurityContext(), container.getSecurityContext(), workload.name());
        if (user != null) {
            create.withUser(user);
        }
        security(host, pod.getSecurityContext(), container.getSecurityContext(), workload.name());
        limits(host, container, workload.name());
        host.withMounts(mounts(namespace, workload, name, pod, container, image));
        Integer published = namespace.publishedPort(workload);
        if (published != null) {
            int target = namespace.publishedTargetPort(workload, container);
            create.withExposedPorts(ExposedPort.tcp(target));
            host.withPortBindings(new Ports(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", published), ExposedPort.tcp(target))));
        }
        String id;
        try {
            id = create.withHostConfig(host).exec().getId();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Docker refused " + workload.name() + "'s container (" + image + "): " + e.getMessage(), e);
        }
        return new StandInPod(namespace, workload, container, name, id, aliases);
    }

    String workloadName() {
        return workload.name();
    }

    String containerName() {
        return containerName;
    }

    List<String> aliases() {
        return aliases;
    }

    int restarts() {
        return restarts;
    }

    void start() {
        namespace.docker().startContainerCmd(containerId).exec();
    }

    /**
     * True while the container runs. When it exited, the kubelet's restart: counted, its last lines printed, and
     * started again after the kubelet's back-off (10 s, doubling, at most 5 minutes).
     */
    boolean runningOrRestarted() {
        InspectContainerResponse.ContainerState state = namespace.docker().inspectContainerCmd(containerId).exec().getState();
        if (Boolean.TRUE.equals(state.getRunning())) {
            return true;
        }
        restarts++;
        System.out.printf("[kubelet] %s exited with %s (restart %d); its last lines:%n%s%n", workload.name(), state.getExitCodeLong(),
                restarts, logTail(12));
        parkUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(300, 10L << Math.min(5, restarts - 1))));
        start();
        return false;
    }

    /** The startup probe until it passes (failing past its threshold, as the kubelet would kill the container), then readiness. */
    Duration awaitReady(Duration limit) {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        V1Probe startup = container.getStartupProbe();
        if (startup != null) {
            awaitProbe("startup", startup, deadline, true);
        }
        V1Probe readiness = container.getReadinessProbe();
        if (readiness == null) {
            throw new IllegalStateException(workload.name() + " declares no readiness probe: its Service would send traffic before it is ready");
        }
        awaitProbe("readiness", readiness, deadline, false);
        V1Probe liveness = container.getLivenessProbe();
        if (liveness != null && !probe(liveness)) {
            throw new IllegalStateException(workload.name() + " is ready but its liveness probe fails: the kubelet would restart it");
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void awaitProbe(String kind, V1Probe probe, long deadline, boolean limited) {
        int period = Objects.requireNonNullElse(probe.getPeriodSeconds(), PERIOD);
        int threshold = Objects.requireNonNullElse(probe.getFailureThreshold(), FAILURES);
        long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(Objects.requireNonNullElse(probe.getInitialDelaySeconds(), 0));
        int failures = 0;
        while (true) {
            parkUntil(next);
            next = System.nanoTime() + TimeUnit.SECONDS.toNanos(period);
            if (!runningOrRestarted()) {
                failures = 0;
                continue;
            }
            if (probe(probe)) {
                return;
            }
            failures++;
            if (limited && failures >= threshold) {
                throw new IllegalStateException(workload.name() + "'s " + kind + " probe failed " + failures + " times ("
                        + describe(probe) + "): the kubelet would kill it. Its last lines:\n" + logTail(40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(workload.name() + " was not ready in time (" + kind + " probe " + describe(probe)
                        + " still failing). Its last lines:\n" + logTail(40));
            }
        }
    }

    /** The probe run once, as the kubelet runs it: HTTP and TCP against the pod's own address, exec inside the container. */
    boolean probe(V1Probe probe) {
        try {
            return probeOnce(probe);
        } catch (com.github.dockerjava.api.exception.DockerException e) {
            return false; // the container stopped between the check and the probe
        }
    }

    private boolean probeOnce(V1Probe probe) {
        int timeout = Objects.requireNonNullElse(probe.getTimeoutSeconds(), TIMEOUT);
        String address = podAddress();
        if (probe.getHttpGet() != null) {
            if (probe.getHttpGet().getScheme() != null && !probe.getHttpGet().getScheme().equals("HTTP")) {
                throw new IllegalStateException(workload.name() + ": the stand-in probes plain HTTP only");
            }
            int port = port(probe.getHttpGet().getPort());
            String path = Objects.requireNonNullElse(probe.getHttpGet().getPath(), "/");
            // bash's /dev/tcp: the images carry no HTTP client; the kubelet counts 200-399 as success
            Exec result = exec(List.of("timeout", Integer.toString(timeout), "bash", "-c",
                    "exec 3<>/dev/tcp/" + address + "/" + port + " && printf 'GET " + path + " HTTP/1.0\\r\\nHost: " + address + ":" + port
                            + "\\r\\nUser-Agent: kube-probe/1.32\\r\\n\\r\\n' >&3 && head -1 <&3"));
            return result.exitCode() == 0 && result.output().matches("(?s)HTTP/1\\.[01] [23]\\d\\d.*");
        }
        if (probe.getTcpSocket() != null) {
            int port = port(probe.getTcpSocket().getPort());
            return exec(List.of("timeout", Integer.toString(timeout), "bash", "-c", "exec 3<>/dev/tcp/" + address + "/" + port)).exitCode() == 0;
        }
        if (probe.getExec() != null) {
            List<String> command = new ArrayList<>(List.of("timeout", Integer.toString(timeout)));
            command.addAll(probe.getExec().getCommand());
            return exec(command).exitCode() == 0;
        }
        throw new IllegalStateException(workload.name() + ": a probe with no handler the stand-in knows: " + probe);
    }

    /**
     * Terminates the pod as the kubelet does: the preStop hook (exec in the container, or the kubelet's own sleep),
     * then SIGTERM, then SIGKILL once the grace period ({@code terminationGracePeriodSeconds}, counted from the
     * start, hook included) is over.
     *
     * @return what happened: the hook's and the whole stop's duration, the exit code, whether it was killed
     */
    Termination terminate() {
        long grace = Objects.requireNonNullElse(workload.template().getSpec().getTerminationGracePeriodSeconds(), GRACE);
        long started = System.nanoTime();
        V1LifecycleHandler preStop = container.getLifecycle() == null ? null : container.getLifecycle().getPreStop();
        if (preStop != null && preStop.getExec() != null) {
            exec(preStop.getExec().getCommand());
        } else if (preStop != null && preStop.getSleep() != null) {
            // the kubelet itself sleeps here, outside the container; nothing asynchronous to wait for
            parkUntil(started + TimeUnit.SECONDS.toNanos(preStop.getSleep().getSeconds()));
        } else if (preStop != null) {
            throw new IllegalStateException(workload.name() + ": a preStop hook the stand-in cannot run: " + preStop);
        }
        Duration hook = Duration.ofNanos(System.nanoTime() - started);
        long left = Math.max(2, grace - hook.toSeconds()); // the kubelet grants 2 s more when the hook used it all
        namespace.docker().stopContainerCmd(containerId).withTimeout((int) left).exec();
        InspectContainerResponse.ContainerState state = namespace.docker().inspectContainerCmd(containerId).exec().getState();
        return new Termination(hook, Duration.ofNanos(System.nanoTime() - started), grace, state.getExitCodeLong(),
                Boolean.TRUE.equals(state.getOOMKilled()) || Objects.equals(state.getExitCodeLong(), 137L));
    }

    /**
     * How a pod ended.
     *
     * @param preStop how long the hook took
     * @param total   from the hook's start to the container's exit
     * @param grace   the manifest's grace period, seconds
     * @param exitCode the container's exit code (143: ended on SIGTERM without handling it; 137: SIGKILL)
     * @param killed  true when it had to be killed (grace period over) or ran out of memory
     */
    record Termination(Duration preStop, Duration total, long grace, Long exitCode, boolean killed) {
    }

    /** Runs {@code command} in the container (as its user), with its output. */
    Exec exec(List<String> command) {
        DockerClient docker = namespace.docker();
        String exec = docker.execCreateCmd(containerId).withCmd(command.toArray(String[]::new))
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        String output = docker.execStartCmd(exec).exec(new Output()).text(Duration.ofMinutes(2));
        Long code = docker.inspectExecCmd(exec).exec().getExitCodeLong();
        return new Exec(code == null ? -1 : code, output);
    }

    /** A command's exit code and output (stdout and stderr together). */
    record Exec(long exitCode, String output) {
    }

    /** The container's last {@code lines} lines of output. */
    String logTail(int lines) {
        return namespace.docker().logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTail(lines)
                .exec(new Output()).text(Duration.ofSeconds(30));
    }

    /** Docker's output frames, collected as text. */
    private static final class Output extends ResultCallback.Adapter<Frame> {

        private final StringBuffer text = new StringBuffer();

        @Override
        public void onNext(Frame frame) {
            text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
        }

        /** Everything, once the stream ended (or {@code limit} passed). */
        String text(Duration limit) {
            try {
                awaitCompletion(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return text.toString();
        }
    }

    /** Removes the container (whatever its state) and its anonymous volumes. */
    void remove() {
        namespace.docker().removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
    }

    private String podAddress() {
        return namespace.docker().inspectContainerCmd(containerId).exec().getNetworkSettings().getNetworks()
                .get(namespace.network()).getIpAddress();
    }

    private int port(IntOrString port) {
        return namespace.containerPort(workload, container, port);
    }

    private static String describe(V1Probe probe) {
        if (probe.getHttpGet() != null) {
            return "GET " + probe.getHttpGet().getPath() + " on port " + probe.getHttpGet().getPort();
        }
        return probe.getExec() != null ? "exec " + probe.getExec().getCommand() : "tcp " + probe.getTcpSocket().getPort();
    }

    private static void parkUntil(long nanoTime) {
        while (System.nanoTime() < nanoTime) {
            java.util.concurrent.locks.LockSupport.parkNanos(nanoTime - System.nanoTime());
        }
    }

    /**
     * The container's environment in Kubernetes' order (later wins): the Services' link variables (unless
     * {@code enableServiceLinks: false}), {@code envFrom}, then {@code env} with {@code $(NAME)} references expanded.
     */
    static Map<String, String> environment(Namespace namespace, Workload workload, V1Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!Boolean.FALSE.equals(workload.template().getSpec().getEnableServiceLinks())) {
            env.putAll(namespace.serviceLinks());
        }
        RenderedOverlay overlay = namespace.overlay();
        for (V1EnvFromSource from : Objects.requireNonNullElse(container.getEnvFrom(), List.<V1EnvFromSource>of())) {
            String prefix = Objects.requireNonNullElse(from.getPrefix(), "");
            Map<String, String> values = from.getConfigMapRef() != null ? overlay.configMapData(from.getConfigMapRef().getName())
                    : overlay.secretData(from.getSecretRef().getName());
            values.forEach((k, v) -> env.put(prefix + k, v));
        }
        for (V1EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())) {
            String value;
            if (variable.getValueFrom() == null) {
                value = expand(List.of(Objects.requireNonNullElse(variable.getValue(), "")), env).getFirst();
            } else if (variable.getValueFrom().getSecretKeyRef() != null) {
                value = overlay.secretValue(variable.getValueFrom().getSecretKeyRef().getName(), variable.getValueFrom().getSecretKeyRef().getKey());
            } else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
                value = overlay.configMapValue(variable.getValueFrom().getConfigMapKeyRef().getName(),
                        variable.getValueFrom().getConfigMapKeyRef().getKey());
            } else {
                value = switch (variable.getValueFrom().getFieldRef().getFieldPath()) {
                    case "metadata.name" -> workload.podName();
                    case "metadata.namespace" -> namespace.name();
                    default -> throw new IllegalStateException(workload.name() + ": env " + variable.getName() + " takes "
                            + variable.getValueFrom().getFieldRef().getFieldPath() + ", which the stand-in does not know");
                };
            }
            env.put(variable.getName(), value);
        }
        return env;
    }

    /** Kubernetes' {@code $(VAR)} expansion: a defined variable's value, {@code $$} a dollar, anything else kept. */
    private static List<String> expand(List<String> values, Map<String, String> env) {
        return values.stream().map(value -> {
            Matcher m = REFERENCE.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(1) == null ? "$" : env.getOrDefault(m.group(1), m.group());
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            return m.appendTail(out).toString();
        }).toList();
    }

    /** {@code uid:gid} from the container's then the pod's settings; null keeps the image's user. Refuses root as the kubelet does. */
    private static String user(DockerClient docker, String image, V1PodSecurityContext pod, V1SecurityContext own, String workload) {
        Long uid = own != null && own.getRunAsUser() != null ? own.getRunAsUser() : pod != null ? pod.getRunAsUser() : null;
        Long gid = own != null && own.getRunAsGroup() != null ? own.getRunAsGroup() : pod != null ? pod.getRunAsGroup() : null;
        Boolean nonRoot = own != null && own.getRunAsNonRoot() != null ? own.getRunAsNonRoot() : pod != null ? pod.getRunAsNonRoot() : null;
        String imageUser = Objects.requireNonNullElse(docker.inspectImageCmd(image).exec().getConfig().getUser(), "");
        if (Boolean.TRUE.equals(nonRoot)) {
            String effective = uid != null ? uid.toString() : imageUser.split(":")[0];
            if (effective.isEmpty() || effective.equals("0") || effective.equals("root")) {
                throw new IllegalStateException(workload + ": runAsNonRoot, but it would run as root (image " + image + ")");
            }
            if (!effective.matches("\\d+")) {
                throw new IllegalStateException(workload + ": runAsNonRoot and image " + image + " has the non-numeric user " + effective
                        + " and no runAsUser: the kubelet cannot verify it is not root and refuses to start it");
            }
        }
        if (uid == null && gid == null) {
            return null;
        }
        String imageGroup = imageUser.contains(":") ? imageUser.substring(imageUser.indexOf(':') + 1) : null;
        return (uid != null ? uid.toString() : imageUser.split(":")[0]) + (gid != null ? ":" + gid : imageGroup != null ? ":" + imageGroup : "");
    }

    private static void security(HostConfig host, V1PodSecurityContext pod, V1SecurityContext own, String workload) {
        List<String> options = new ArrayList<>();
        if (own != null && Boolean.TRUE.equals(own.getPrivileged())) {
            throw new IllegalStateException(workload + " asks to run privileged");
        }
        if (own != null && Boolean.TRUE.equals(own.getReadOnlyRootFilesystem())) {
            host.withReadonlyRootfs(true);
        }
        if (own != null && Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
            options.add("no-new-privileges");
        }
        V1Capabilities capabilities = own == null ? null : own.getCapabilities();
        if (capabilities != null && capabilities.getDrop() != null) {
            host.withCapDrop(capabilities.getDrop().stream().map(Capability::valueOf).toArray(Capability[]::new));
        }
        String seccomp = own != null && own.getSeccompProfile() != null ? own.getSeccompProfile().getType()
                : pod != null && pod.getSeccompProfile() != null ? pod.getSeccompProfile().getType() : null;
        if (seccomp != null && !seccomp.equals("RuntimeDefault")) {
            throw new IllegalStateException(workload + ": seccomp profile " + seccomp + " (the stand-in runs Docker's default, RuntimeDefault)");
        }
        List<String> groups = new ArrayList<>();
        if (pod != null && pod.getFsGroup() != null) {
            groups.add(pod.getFsGroup().toString()); // the kubelet adds fsGroup to the process's groups
        }
        if (pod != null && pod.getSupplementalGroups() != null) {
            pod.getSupplementalGroups().forEach(g -> groups.add(g.toString()));
        }
        host.withSecurityOpts(options).withGroupAdd(groups);
    }

    private static void limits(HostConfig host, V1Container container, String workload) {
        Map<String, Quantity> limits = container.getResources() == null ? null : container.getResources().getLimits();
        if (limits == null || !limits.containsKey("memory")) {
            throw new IllegalStateException(workload + " has no memory limit: the JVM would size its heap from the whole node");
        }
        long memory = limits.get("memory").getNumber().longValueExact();
        host.withMemory(memory).withMemorySwap(memory);
        if (limits.containsKey("cpu")) {
            host.withNanoCPUs(limits.get("cpu").getNumber().movePointRight(9).longValue());
        }
    }

    /**
     * Each mount as a volume: a claim's lives as long as the namespace; an {@code emptyDir} is new for each pod,
     * empty, mode 0777 and no larger than its {@code sizeLimit}, as the kubelet makes it (a tmpfs volume: Docker's
     * own tmpfs mounts would copy the image's directory and its owner in).
     */
    private static List<Mount> mounts(Namespace namespace, Workload workload, String containerName, V1PodSpec pod,
                                      V1Container container, String image) {
        List<Mount> mounts = new ArrayList<>();
        for (V1VolumeMount mount : Objects.requireNonNullElse(container.getVolumeMounts(), List.<V1VolumeMount>of())) {
            Optional<V1Volume> volume = Objects.requireNonNullElse(pod.getVolumes(), List.<V1Volume>of()).stream()
                    .filter(v -> v.getName().equals(mount.getName())).findFirst();
            String source;
            if (volume.isPresent()) {
                Quantity size = volume.get().getEmptyDir().getSizeLimit();
                source = namespace.emptyDir(containerName + "-" + mount.getName(), size == null ? EMPTY_DIR_BYTES : size.getNumber().longValueExact());
            } else if (workload.volumeClaimTemplates().stream().anyMatch(c -> c.getMetadata().getName().equals(mount.getName()))) {
                source = namespace.claimVolume(mount.getName() + "-" + workload.podName(), image, pod.getSecurityContext());
            } else {
                throw new IllegalStateException(workload.name() + " mounts " + mount.getName() + ", which is neither a volume nor a claim of it");
            }
            mounts.add(new Mount().withType(MountType.VOLUME).withSource(source).withTarget(mount.getMountPath())
                    .withReadOnly(Boolean.TRUE.equals(mount.getReadOnly())).withVolumeOptions(new VolumeOptions().withNoCopy(true)));
        }
        return mounts;
    }

    /** The numbers a container port of this pod can be named by. */
    static Map<String, Integer> namedPorts(V1Container container) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (V1ContainerPort port : Objects.requireNonNullElse(container.getPorts(), List.<V1ContainerPort>of())) {
            if (port.getName() != null) {
                ports.put(port.getName(), port.getContainerPort());
            }
        }
        return ports;
    }
}
