# ATS Bot: small, non-root, Node 20. Build: docker build -t ats-bot .
# Run:   docker run --env-file .env -p 3000:3000 -p 9090:9090 -v ats-data:/var/lib/ats-bot ats-bot

# --- build: full install (TypeScript, the sqlite3 native module), compile, then drop dev deps ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts skips "prepare" (the build needs the sources, copied below); sqlite3's own
# install step is run explicitly so its prebuilt binary is fetched.
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild sqlite3
COPY tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
COPY scripts ./scripts
COPY bin ./bin
COPY roles ./roles
COPY data ./data
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime: compiled code, production dependencies, role and lexicon data; nothing else ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    OPS_PORT=9090 \
    STORE_URL=sqlite:///var/lib/ats-bot/ats-bot.sqlite
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/roles ./roles
COPY --from=build /app/data ./data
# The embedded SQLite store lives on a volume the unprivileged user owns (unused with Redis).
RUN mkdir -p /var/lib/ats-bot && chown node:node /var/lib/ats-bot
VOLUME ["/var/lib/ats-bot"]
USER node
EXPOSE 3000 9090
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.OPS_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node directly (not npm start): signals reach the process, so shutdown finishes in-flight answers.
CMD ["node", "dist/src/main.js"]
