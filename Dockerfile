# Production images for Modellkommuner. One build, two targets:
#
#   docker build --target api -t modellkommuner-api .   # API (default CMD), worker and migrate/seed (other commands)
#   docker build --target web -t modellkommuner-web .   # nginx: the built web app + reverse proxy to the API
#
# docker-compose.yml builds both; see it for how the commands and the environment fit together.
# Base images are pinned to a minor (Node) or patch (nginx) version: bump them on purpose, not by accident.
# Node 24 LTS ("Krypton"): the newest LTS line (Node 20 is end-of-life since April 2026, 22 is in its last
# maintenance year, 26 is not LTS yet), supported until April 2028; CI runs the unit and integration tiers
# on the same release (scripts/lts-node.mjs: keep the two in step). bookworm-slim rather than alpine because
# @swc/core, Vite's rolldown and argon2 ship glibc binaries that npm installs without a compiler.
ARG NODE_IMAGE=node:24.22-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.29.4-alpine

# ---- deps: every dependency, dev included (the build needs swc, Vite, TypeScript types) ----------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
COPY package.json package-lock.json ./
# Exactly the locked versions; a lockfile that does not match package.json fails the build (as it fails CI).
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---- build: dist/api (swc) and dist/web (Vite) --------------------------------------------------
FROM deps AS build
COPY . .
# build:api leaves test files out of dist/api.
RUN npm run build:api && npm run build:web \
    && test -f dist/api/apps/api/src/main.js \
    && test -f dist/web/index.html

# ---- prod-deps: runtime dependencies only ---------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# ---- api: the API (main.js), also run as the worker (worker.js) and for migrations (cli/migrate.js, cli/seed.js)
FROM ${NODE_IMAGE} AS api
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    NODE_OPTIONS=--enable-source-maps
# Owned by root and read-only for the process: the app writes nothing to its own directory
# (the GraphQL schema is built in memory; .env is never baked in, see .dockerignore).
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/api ./dist/api
COPY package.json ./
# The base image's `node` user, by number so that orchestrators can verify it is not root.
USER 1000:1000
EXPOSE 3000
# No HEALTHCHECK here: the same image runs the worker and the one-shot migrations, which serve no HTTP.
# docker-compose.yml gives the api service its own check on /health.
CMD ["node", "dist/api/apps/api/src/main.js"]

# ---- web: static files + proxy to the API -----------------------------------------------------------
FROM ${NGINX_IMAGE} AS web
# The image's entrypoint renders /etc/nginx/templates/*.template into /etc/nginx/conf.d/ with envsubst,
# replacing only variables that are set: API_UPSTREAM and NGINX_RESOLVER below (override them at run time
# for another orchestrator, e.g. NGINX_RESOLVER=<the cluster DNS service's IP> on Kubernetes).
ENV API_UPSTREAM=http://api:3000 \
    NGINX_RESOLVER=127.0.0.11
USER root
RUN rm -rf /usr/share/nginx/html/* /etc/nginx/conf.d/default.conf
COPY ops/nginx/web.conf /etc/nginx/templates/default.conf.template
COPY --from=build /app/dist/web /usr/share/nginx/html
# nginx-unprivileged runs as uid 101 and may write only to its cache, pid and conf.d directories.
USER 101
EXPOSE 4200
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
    CMD wget -q -O /dev/null http://127.0.0.1:4200/ || exit 1
