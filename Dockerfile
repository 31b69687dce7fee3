# The scanner as a container image:
#   docker build -t secret-hygiene .
#   docker run --rm -v "$PWD:/scan" secret-hygiene scan .
# Two build stages and a small final one: the final image holds node, git, the built CLI and its
# production dependencies only (no sources, no dev dependencies, no npm cache), and runs as `node`.

# 1. The CLI bundles (dist/), built with the locked dev dependencies (esbuild).
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/
COPY src src
COPY detectors detectors
RUN node scripts/build.mjs

# 2. The production dependencies alone.
FROM node:20-slim AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts

# 3. The image: git (history, staged and work-tree scans run it), the CLI, an unprivileged user.
FROM node:20-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /opt/secret-hygiene
COPY --from=deps /src/node_modules node_modules
COPY --from=build /src/dist dist
COPY package.json ./
COPY bin bin
RUN ln -s /opt/secret-hygiene/bin/secret-hygiene.js /usr/local/bin/secret-hygiene
USER node
# The scanned folder is mounted from the host and belongs to another user, which git refuses
# ("dubious ownership") unless told otherwise: in the user's own config, since the scanner runs git
# without the system one. Safe here: every git call the scanner makes neutralises the settings a
# repository could use to run a program (README, "Security model").
RUN git config --global --add safe.directory '*'
# V8's compiled code of the CLI, kept in the image (~/.cache/secret-hygiene): every container starts
# from it instead of parsing the bundle, and none writes it again.
RUN secret-hygiene scan /opt/secret-hygiene/bin > /dev/null; test -n "$(ls /home/node/.cache/secret-hygiene/compile-cache)"
WORKDIR /scan
ENTRYPOINT ["secret-hygiene"]
CMD ["scan", "."]
