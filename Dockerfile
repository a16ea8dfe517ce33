# syntax=docker/dockerfile:1
# Multi-stage build: compile everything, then a runtime image with production dependencies,
# the built server and the built admin SPA.

FROM node:20-bookworm-slim AS base
RUN npm install -g pnpm
WORKDIR /app
# Native modules (better-sqlite3, argon2) build from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY server/package.json server/
COPY web/package.json web/

FROM base AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build

FROM base AS prod-deps
RUN pnpm install --frozen-lockfile --prod --filter @rewards/server...

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000 WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/server/node_modules ./server/node_modules
COPY --from=build /app/server/package.json ./server/
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/web/dist ./web/dist
# Without DATABASE_URL the embedded SQLite file lives here; mount a volume to keep it.
RUN mkdir -p /app/server/data && chown node:node /app/server/data
VOLUME /app/server/data
USER node
WORKDIR /app/server
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
