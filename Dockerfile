# syntax=docker/dockerfile:1
# Baton worker fleet image: `python -m workers`, /metrics /healthz /readyz on BATON_METRICS_PORT.
# Build:  docker build -t baton-fleet:0.1.0 .
# Dependencies come from pyproject.toml, pinned by constraints.txt (`make constraints`).

ARG PYTHON_IMAGE=python:3.11.7-slim-bookworm

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
# .dockerignore lets only the fleet's packages and policies through.
COPY . /app
ENV PATH=/opt/baton/bin:$PATH \
    PYTHONPATH=/app \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    BATON_METRICS_PORT=9464
USER ${BATON_UID}:${BATON_UID}
EXPOSE 9464
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('BATON_METRICS_PORT', '9464') + '/healthz', timeout=2)"]
# SIGTERM reaches python directly (exec form): stop activating, finish in-flight, exit 0.
ENTRYPOINT ["python", "-m", "workers"]
