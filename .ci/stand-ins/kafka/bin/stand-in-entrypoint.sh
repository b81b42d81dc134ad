#!/bin/bash
# Writes server.properties from KAFKA_* variables as the official image does (KAFKA_FOO_BAR -> foo.bar,
# "__" -> "_", "___" -> "-"), formats the log directory on first start (KRaft), and runs the broker.
set -euo pipefail
config=/opt/kafka/config/server.properties
: > "$config"
while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JVM_PERFORMANCE_OPTS|KAFKA_LOG4J_OPTS|KAFKA_JMX_OPTS|KAFKA_VERSION) continue ;;
  esac
  key=$(echo "${name#KAFKA_}" | tr '[:upper:]' '[:lower:]' | sed -e 's/___/-/g' -e 's/__/@/g' -e 's/_/./g' -e 's/@/_/g')
  echo "$key=$value" >> "$config"
done < <(env | grep '^KAFKA_' || true)
grep -q '^log.dirs=' "$config" || echo "log.dirs=/var/lib/kafka/data" >> "$config"
log_dir=$(sed -n 's/^log.dirs=//p' "$config" | cut -d, -f1)
classpath="/opt/kafka/libs/*"
if [ ! -f "$log_dir/meta.properties" ]; then
  java -cp "$classpath" kafka.tools.StorageTool format --ignore-formatted -t "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}" -c "$config"
fi
exec java ${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m} ${KAFKA_OPTS:-} -cp "$classpath" kafka.Kafka "$config"
