# syntax=docker/dockerfile:1
# Build stage: compile TypeScript, then drop dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# Runtime stage: compiled JavaScript only, as the unprivileged `node` user.
FROM node:20-bookworm-slim
# HTTP_PORT: a polling container serves /healthz, /readyz and /metrics too (webhook mode uses PORT).
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=8080 \
    HTTP_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
COPY db-image ./db-image
COPY locales ./locales
RUN mkdir -p /data && chown node:node /data
USER node
# The embedded PGlite database lives here; mount a volume to keep it across containers.
VOLUME ["/data"]
EXPOSE 8080
# Liveness only: a database outage makes /readyz fail, and restarting the bot would not end it.
# Node's own fetch, as the slim image has no curl. No port to ask (HTTP_PORT unset): healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const p = process.env.BOT_MODE === 'webhook' ? (process.env.PORT || 8080) : process.env.HTTP_PORT; if (!p) process.exit(0); fetch('http://127.0.0.1:' + p + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));"]
# As `npm run start:prod`: a small young generation, an old one grown 20% past what a full GC
# keeps, one V8 worker thread (see the README's host requirements).
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=20", "--v8-pool-size=1", "dist/main.js"]
