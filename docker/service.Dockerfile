# One image per service (topics-service, verdict-service, feedback-service, gateway), from its built jar:
#   ./mvnw -B package -DskipTests
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=topics-service -t nicepick/topics-service .
# Layers go from least to most often changed, so a code change rebuilds only the last one.
ARG JRE_IMAGE=eclipse-temurin:25-jre

FROM ${JRE_IMAGE} AS layers
ARG SERVICE
WORKDIR /extract
COPY ${SERVICE}/target/${SERVICE}-*.jar service.jar
RUN java -Djarmode=tools -jar service.jar extract --layers --destination layers --application-filename service.jar

FROM ${JRE_IMAGE}
ARG SERVICE
LABEL org.opencontainers.image.title="nicepick ${SERVICE}"
WORKDIR /app
COPY --from=layers /extract/layers/dependencies/ ./
COPY --from=layers /extract/layers/spring-boot-loader/ ./
COPY --from=layers /extract/layers/snapshot-dependencies/ ./
COPY --from=layers /extract/layers/application/ ./
# The heap follows the container's memory limit: at most half of it (the rest is metaspace, code, threads and Netty's
# or Tomcat's buffers), starting at an eighth (at the JVM's 1/64 the young generation is a few MiB, which a loaded
# gateway fills many times a second); a JVM out of memory exits so the orchestrator restarts it.
ENV PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=12.5 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
# Start-up: the JDK's AOT cache (JEP 483/514/515) of the extracted application, trained here as Spring Boot documents
# it (-Dspring.context.exit=onRefresh), with this image's JDK and JVM options. An image build has no database or
# broker: the training's refresh stops at the first bean that needs the database (it fails, as expected), and the
# cache keeps every class loaded until then (topics-service: 10,500 of 14,400 classes; start-up CPU 26 s -> 16 s).
# The settings given here serve only this run, which builds no connection; the real ones come at start. MaxRAM keeps
# the training's heap container-sized whatever the build machine's memory (a heap of 32 GiB or more would turn off
# compressed pointers, and a cache made so is refused at start). A missing or unusable cache is the JVM's warning at
# start, never a failed start.
RUN NICEPICK_GATEWAY_CREDENTIAL=training-run-only-never-used-0123456789 \
    NICEPICK_READER_COOKIE_SECRET=training-run-only-never-used-0123456789 \
    java -XX:MaxRAM=1g -XX:AOTCacheOutput=/app/service.aot -Dspring.context.exit=onRefresh -jar /app/service.jar \
      --spring.flyway.enabled=false --spring.datasource.url=jdbc:postgresql://127.0.0.1:1/training > /tmp/training.log 2>&1; \
    grep "AOTCache creation is complete" /tmp/training.log || tail -n 20 /tmp/training.log; rm -f /tmp/training.log
USER 10001:10001
EXPOSE 8080
# bash's /dev/tcp needs no curl or wget in the image. Actuator answers on the management port when one is set
# (MANAGEMENT_SERVER_PORT, as Kubernetes does), else on the public one (docker-compose).
HEALTHCHECK --interval=5s --timeout=3s --start-period=60s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-$PORT} && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-XX:AOTCache=/app/service.aot", "-jar", "/app/service.jar"]
