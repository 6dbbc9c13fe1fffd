# locutor's image: built with Maven, run on a JRE as a non-root user.
# docker build -t locutor .   (or: docker compose up, see README)

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so a source change does not download them again.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline || true
COPY src ./src
# Packaged into the jar as its defaults (classpath): settings and routes.
COPY application.properties ./
COPY routes ./routes
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17.0.13_11-jre
# curl for the health check; espeak-ng and lame for offline mode and the local fallback (LOCUTOR_FALLBACK_LOCAL)
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl espeak-ng lame \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin locutor
WORKDIR /app
COPY --from=build /src/target/locutor.jar ./locutor.jar
# Class data sharing (AppCDS): one training start at image build archives the classes a start loads; every start then
# maps them instead of loading them from the 100 MB jar (bench/README.md: 0.58x the CPU of a cold start). A JVM or jar
# that does not match the archive starts without it, saying so in one warning line.
COPY --from=build /src/src/main/docker/cds-archive.sh /tmp/cds-archive.sh
RUN sh /tmp/cds-archive.sh /app/locutor.jar /app/locutor.jsa && rm /tmp/cds-archive.sh
# Settings and routes are inside the jar; LOCUTOR_CONFIG / LOCUTOR_ROUTES can name mounted overrides.
RUN mkdir -p /app/data && chown locutor:locutor /app/data
USER locutor
ENV LOCUTOR_DATA_DIR=/app/data \
    LOCUTOR_PORT=8080
EXPOSE 8080
# liveness: readiness (/observe/health/ready) is for load balancers, a restart would not fix what it reports
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/observe/health/live || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/locutor.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/locutor.jar"]
