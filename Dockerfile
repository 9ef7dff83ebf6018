# CCHC in a container: the compiled server and the built web app (`npm run build`), LibreOffice for PDFs,
# the PostgreSQL client for backups. Data in the volume /var/lib/cchc. See deploy/compose.yaml and
# README.md, "Vận hành trong thực tế" and "Chạy trên máy chủ".
#
#   docker build -t cchc .
#   docker run -d --name cchc --init --restart unless-stopped --memory 2g -p 127.0.0.1:3000:3000 \
#     -v cchc-data:/var/lib/cchc --env-file deploy/cchc.env -e HOST=0.0.0.0 -e DATA_DIR=/var/lib/cchc cchc

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Only if a native module has no prebuilt binary for this platform (better-sqlite3, @node-rs/argon2 do for x64 and arm64).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# LibreOffice and Liberation fonts (Times New Roman's metrics) make the PDFs (decision 0011); postgresql-client
# makes backups of a PostgreSQL database (same major version as the server: 15 on bookworm).
RUN apt-get update \
  && apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno fonts-liberation fonts-liberation2 postgresql-client \
  && rm -rf /var/lib/apt/lists/* \
  && groupadd --system --gid 10001 cchc \
  && useradd --system --uid 10001 --gid cchc --home-dir /var/lib/cchc --shell /usr/sbin/nologin cchc \
  && install -d -o cchc -g cchc -m 0750 /var/lib/cchc /var/backups/cchc
WORKDIR /opt/cchc
COPY --from=build /app /opt/cchc
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=384 \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/var/lib/cchc \
    HOME=/tmp
USER cchc
VOLUME ["/var/lib/cchc"]
EXPOSE 3000
# Unhealthy after three failed checks a minute and a half apart from start; the restart policy (compose
# `restart: unless-stopped`, `docker run --restart unless-stopped`) restarts a server that exited.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 CMD ["node", "deploy/healthcheck.mjs"]
# SIGTERM lets requests and jobs finish (src/cli.ts); run with --init (compose: init: true) so LibreOffice's
# processes are reaped.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/cli.js", "serve", "--no-demo"]
