# syntax=docker/dockerfile:1
# One image, every stage: docker run newsflow <local|ingest|enrich|sink|extract> …

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schema/pom.xml schema/
COPY schema-registry/pom.xml schema-registry/
COPY kafka/pom.xml kafka/
COPY broker/pom.xml broker/
COPY testkit/pom.xml testkit/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY app/pom.xml app/
# Dependencies first, so code changes do not re-download the world.
RUN mvn -B -ntp -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
# The image takes newsflow-stages.jar: every command but local and bench, without the embedded Kafka broker.
RUN mvn -B -ntp -q -DskipTests package && cp app/target/newsflow-stages.jar /newsflow.jar

FROM eclipse-temurin:17.0.15_6-jre
# The state volume is mounted on /var/lib/newsflow/streams: a directory the image owns gives its owner to a fresh
# volume, while one the image lacks is created root-owned and the non-root stage cannot write its state there.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system newsflow && useradd --system --gid newsflow --home-dir /var/lib/newsflow --create-home newsflow \
    && mkdir -p /var/lib/newsflow/streams && chown newsflow:newsflow /var/lib/newsflow/streams
COPY --from=build /newsflow.jar /opt/newsflow/newsflow.jar
COPY samples /opt/newsflow/samples
# Class data sharing: the classes a run of `extract` loads (jsoup, ICU, Lingua, the ONNX wrappers, Avro, ours) are
# archived once here, so every start maps them instead of loading and verifying them again (README, "Cold start").
RUN java -XX:ArchiveClassesAtExit=/opt/newsflow/newsflow.jsa -jar /opt/newsflow/newsflow.jar extract /opt/newsflow/samples > /dev/null
USER newsflow
WORKDIR /var/lib/newsflow
ENV NEWSFLOW_STREAMS_STATE_DIR=/var/lib/newsflow/streams \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/opt/newsflow/newsflow.jsa"
EXPOSE 8080
# Stages serve /ready (stream running, brokers answering) on their ops port (setting ops.port, env NEWSFLOW_OPS_PORT).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${NEWSFLOW_OPS_PORT:-8080}/ready" || exit 1
ENTRYPOINT ["java", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
