# syntax=docker/dockerfile:1
# Baton worker fleet image: `python -m workers`, /metrics /healthz /readyz on BATON_METRICS_PORT.
# The same image runs Baton's own engine with the command `python -m engine` (the Helm chart's
# engine.enabled, for demo clusters without a Camunda licence).
# Build:  docker build -t baton-fleet:0.1.0 .
# Dependencies come from pyproject.toml, pinned by constraints.txt (`make constraints`).

ARG PYTHON_IMAGE=python:3.11.7-slim-bookworm
ARG NODE_IMAGE=node:22.11.0-bookworm-slim

# The engine's Tasklist and Operate pages load bpmn-js and form-js from engine/pages/vendor/;
# the versions are package.json's (tests/unit/helm checks they agree).
FROM ${NODE_IMAGE} AS page-assets
WORKDIR /assets
RUN npm install --no-save --ignore-scripts --no-audit --no-fund bpmn-js@18.31.1 @bpmn-io/form-js@1.23.0 \
    && mkdir vendor \
    && cp node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js vendor/bpmn-navigated-viewer.js \
    && cp node_modules/bpmn-js/dist/assets/diagram-js.css node_modules/bpmn-js/dist/assets/bpmn-js.css vendor/ \
    && cp node_modules/@bpmn-io/form-js/dist/form-viewer.umd.js node_modules/@bpmn-io/form-js/dist/assets/form-js.css vendor/ \
    && cp node_modules/@bpmn-io/form-js/dist/assets/flatpickr/light.css vendor/flatpickr-light.css

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
COPY pyproject.toml constraints.txt ./
# Runtime dependencies only (no dev tools), every one pinned; wheels only, so no compiler is needed.
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > requirements.txt \
    && python -m venv /opt/baton \
    && /opt/baton/bin/pip install --only-binary=:all: --requirement requirements.txt --constraint constraints.txt \
    && /opt/baton/bin/pip uninstall --yes pip

FROM ${PYTHON_IMAGE} AS runtime
ARG BATON_UID=10001
RUN groupadd --system --gid "${BATON_UID}" baton \
    && useradd --system --uid "${BATON_UID}" --gid baton --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin baton
COPY --from=build /opt/baton /opt/baton
WORKDIR /app
# .dockerignore lets only the fleet's packages, the engine and the policies through.
COPY . /app
COPY --from=page-assets /assets/vendor /app/engine/pages/vendor
ENV PATH=/opt/baton/bin:$PATH \
    PYTHONPATH=/app \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    BATON_METRICS_PORT=9464
USER ${BATON_UID}:${BATON_UID}
# 9464: the fleet's metrics; 26500, 8080, 9600: the engine's gRPC, REST and management ports.
EXPOSE 9464 26500 8080 9600
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('BATON_METRICS_PORT', '9464') + '/healthz', timeout=2)"]
# SIGTERM reaches python directly (exec form): stop activating, finish in-flight, exit 0.
ENTRYPOINT ["python", "-m", "workers"]
