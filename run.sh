#!/usr/bin/env bash
# Development commands in the style of the Alfresco SDK's run.sh.
#   ./run.sh build_start   build the JARs, build the images, start the whole stack
#   ./run.sh start         start the stack with the images already built
#   ./run.sh stop          stop the stack (data is kept)
#   ./run.sh purge         stop the stack and delete its volumes (all repository data)
#   ./run.sh tail          follow the logs
#   ./run.sh build_test    build, start the stack and run the tests
#   ./run.sh test          run the tests (mvn -B verify; no Docker needed)
set -euo pipefail
cd "$(dirname "$0")"

COMPOSE_FILE="docker/docker-compose.yml"
MVN="${MVN:-mvn}"

compose() {
    if docker compose version >/dev/null 2>&1; then
        docker compose -f "$COMPOSE_FILE" --env-file docker/.env "$@"
    elif command -v docker-compose >/dev/null 2>&1; then
        docker-compose -f "$COMPOSE_FILE" --env-file docker/.env "$@"
    else
        echo "Docker Compose is needed for this command (docker compose or docker-compose)." >&2
        exit 1
    fi
}

build() {
    "$MVN" -B -q package -DskipTests
    rm -f docker/alfresco/extensions/*.jar docker/share/extensions/*.jar
    cp platform-module/target/vanthu-platform-*.jar docker/alfresco/extensions/
    cp share-module/target/vanthu-share-*.jar docker/share/extensions/
    rm -f docker/alfresco/extensions/*-sources.jar docker/share/extensions/*-sources.jar
    compose build
}

start() {
    compose up -d
    echo "Alfresco: http://localhost:8080/alfresco  Share: http://localhost:8180/share  (admin/admin)"
}

wait_ready() {
    echo -n "Waiting for Alfresco to be ready"
    for _ in $(seq 1 90); do
        if curl -fs http://localhost:8080/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready- >/dev/null; then
            echo " ready."
            return 0
        fi
        echo -n "."
        sleep 5
    done
    echo " not ready after 7.5 minutes; see ./run.sh tail" >&2
    return 1
}

test_unit() {
    "$MVN" -B verify
}

case "${1:-}" in
    build_start) build; start; wait_ready ;;
    start) start ;;
    stop) compose stop ;;
    purge) compose down -v ;;
    tail) compose logs -f ;;
    reload_acs)
        build
        compose up -d --no-deps --force-recreate vanthu-acs ;;
    reload_share)
        build
        compose up -d --no-deps --force-recreate vanthu-share ;;
    build_test) build; start; wait_ready; test_unit ;;
    test) test_unit ;;
    *)
        echo "Usage: $0 {build_start|start|stop|purge|tail|reload_acs|reload_share|build_test|test}" >&2
        exit 2 ;;
esac
