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
# The heap follows the container's memory limit; a JVM out of memory exits so the orchestrator restarts it.
ENV PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
USER 10001:10001
EXPOSE 8080
# bash's /dev/tcp needs no curl or wget in the image. Actuator answers on the management port when one is set
# (MANAGEMENT_SERVER_PORT, as Kubernetes does), else on the public one (docker-compose).
HEALTHCHECK --interval=5s --timeout=3s --start-period=60s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-$PORT} && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
