#!/usr/bin/env bash
# Publishes the built site (dist/) to the web server over SSH with rsync.
# Called by the forge pipelines (.github/workflows/publish.yml, .gitlab-ci.yml)
# after `npm run build`; replace this file to publish elsewhere (an object
# store, say) — the pipelines only call it.
#
# Settings, from the forge's secret store, never from the repository:
#   DEPLOY_HOST          the server, e.g. www.example.krakow.pl
#   DEPLOY_USER          the SSH user allowed to write the site's folder
#   DEPLOY_PATH          the folder nginx serves (deploy/nginx.conf: root)
#   DEPLOY_SSH_KEY       that user's private key (secret)
#   DEPLOY_KNOWN_HOSTS   the server's line(s) for known_hosts (ssh-keyscan, checked by hand)
#   DEPLOY_RELOAD        optional: a command run on the server afterwards, e.g.
#                        "sudo systemctl reload nginx", so nginx reads the new
#                        dist/_redirects.nginx (old addresses added since the last reload)
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for name in DEPLOY_HOST DEPLOY_USER DEPLOY_PATH DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS; do
  [ -n "${!name:-}" ] || missing+=("$name")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Publikacja przerwana: brak ustawień ${missing[*]} (sekrety w ustawieniach CI, zob. docs/publikacja.md)." >&2
  exit 1
fi
[ -f dist/index.html ] || { echo "Publikacja przerwana: brak dist/index.html — najpierw npm run build." >&2; exit 1; }

keys="$(mktemp -d)"
trap 'rm -rf "$keys"' EXIT
printf '%s\n' "$DEPLOY_SSH_KEY" > "$keys/id"
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" > "$keys/known_hosts"
chmod 600 "$keys/id"

# --delay-updates swaps files in at the end, so readers never see half a site;
# --delete removes pages that no longer exist (their addresses then answer 404).
rsync --archive --compress --delete --delay-updates --human-readable --stats \
  -e "ssh -i $keys/id -o UserKnownHostsFile=$keys/known_hosts -o StrictHostKeyChecking=yes" \
  dist/ "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH/"
if [ -n "${DEPLOY_RELOAD:-}" ]; then
  ssh -i "$keys/id" -o UserKnownHostsFile="$keys/known_hosts" -o StrictHostKeyChecking=yes "$DEPLOY_USER@$DEPLOY_HOST" "$DEPLOY_RELOAD"
fi
echo "Opublikowano dist/ na $DEPLOY_HOST:$DEPLOY_PATH."
