# syntax=docker/dockerfile:1
# KCN Atlas server image: docker compose build app (or: docker build -t kcn-atlas .)

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# The cache mount keeps Maven's downloads (and the wrapper's Maven) between builds.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B -q --no-transfer-progress -DskipTests package \
 && cp target/kcn-atlas-*.jar /src/app.jar \
 && mkdir -p geodata

FROM eclipse-temurin:21-jre
RUN groupadd --system kcn \
 && useradd --system --gid kcn --home-dir /app --shell /usr/sbin/nologin kcn \
 && mkdir -p /app/data \
 && chown kcn:kcn /app/data
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
# Seed data, in case the server reads ./geodata at start (harmless otherwise).
COPY --from=build /src/geodata/ /app/geodata/
USER kcn
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
