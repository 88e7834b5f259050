// A local stand-in for Azure Resource Manager and Resource Graph, for the live-scan tests and the
// benchmark. Speaks HTTP/2 (cleartext, prior knowledge) on 127.0.0.1 and a free port; prints
// {"port": N} once it listens and stops when its standard input closes.
//
// The estate is generated from the configuration (argv[2], JSON) and served in the wire shapes of
// the REST examples (tests/data/arm): subscriptions, tenants, Resource Graph pages ($skipToken,
// objectArray, lower-case types), per-subscription lists (nextLink), diagnostic settings and
// Resource Guard proxies. Bearer tokens are checked at the test OpenID Connect server (its userinfo
// endpoint answers only for tokens it issued) or against one accepted token. Every request is
// recorded; GET /_test/requests returns the record, GET /_test/export the estate as an
// administrator would export it (az graph query output and the related lists).
//
// Configuration: subscriptions, vaults, seed, latencyMs, oidc (base URL) or acceptToken, pageSize
// (ARM lists), graphQuota (queries per window) and graphWindowMs, armBucket and armRefillPerSec
// (reads per subscription), and faults: throttleEvery (every Nth GET answers 429 with Retry-After),
// serverErrors (the first N GETs answer 503), resetEvery (every Nth GET loses its connection),
// truncateEvery (every Nth GET answers half a body), slowEvery + slowMs, expireTokenAfter (the
// token in use expires after N requests), forbiddenSubscriptions (indexes whose Resource Manager
// reads answer 403), graphForbidden, hiddenSubscriptions (indexes the account cannot see).
// dataPlane: Key Vaults and Managed HSMs get objects served at their vaultUri/hsmUri on this server
// (keys with rotation policies, secrets, certificates, as Key Vault's REST API 7.5 returns them);
// faults.dataPlaneForbidden (vault numbers) answer 403 there. GET of a secret (its value) is
// counted in the record as secretValueReads.
// hostile: { foreign: "http://127.0.0.1:PORT" } makes answers name that other origin, each case on its
// own vaults (printed at start as hostileVaults): a Key Vault's vaultUri, a diagnostic-settings
// nextLink and a 307 redirect there, a Resource Guard proxy list whose nextLink is itself, a
// diagnostic setting without a type, a relative nextLink, a Key Vault keys list whose nextLink names
// the foreign origin, and two Resource Graph rows of odd shape (no id; an id that is not a path).
import http2 from 'node:http2';

const config = JSON.parse(process.argv[2] ?? '{}');
const faults = config.faults ?? {};
const tenant = config.tenant ?? '72f988bf-0000-4000-8000-00000000c0de';
const latency = config.latencyMs ?? 0;
const listPage = config.pageSize ?? 50;

// ---- the estate ---------------------------------------------------------------------------
let seed = config.seed ?? 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (...values) => values[Math.floor(random() * values.length)];
const hex = (n, width) => n.toString(16).padStart(width, '0');
const subscriptionCount = config.subscriptions ?? 4;
const vaultCount = config.vaults ?? 20;
const subscriptions = [];
for (let i = 0; i < subscriptionCount; ++i)
  subscriptions.push({ id: `5ab0c0de-0000-4000-8000-${hex(i, 12)}`, name: `Contoso-Prod-${i + 1}`, index: i,
    vaults: [] });
const byId = new Map(subscriptions.map((s) => [s.id, s]));
const hidden = new Set((faults.hiddenSubscriptions ?? []).map((i) => subscriptions[i]?.id));
const forbidden = new Set((faults.forbiddenSubscriptions ?? []).map((i) => subscriptions[i]?.id));
const types = {
  rsv: 'Microsoft.RecoveryServices/vaults', bv: 'Microsoft.DataProtection/backupVaults',
  kv: 'Microsoft.KeyVault/vaults', hsm: 'Microsoft.KeyVault/managedHSMs',
};
const related = new Map(); // lower-case vault id -> { diagnostics: [], proxies: [] }

function makeVault(k) {
  const sub = subscriptions[k % subscriptionCount];
  // Types vary within a subscription: the type follows the vault's rank in it, not its number.
  const kind = k % 10 === 9 ? 'hsm' : ['rsv', 'bv', 'kv'][Math.floor(k / subscriptionCount) % 3];
  const rg = `rg-${pick('backup', 'security', 'shared', 'payments')}-${hex(k % 7, 2)}`;
  const name = `${kind}-${hex(k, 6)}`;
  const id = `/subscriptions/${sub.id}/resourceGroups/${rg}/providers/${types[kind]}/${name}`;
  const location = pick('westeurope', 'northeurope', 'eastus');
  let vault;
  if (kind === 'rsv') {
    vault = { id, name, type: types.rsv, location, tags: {}, sku: { name: 'Standard' }, properties: {
      provisioningState: 'Succeeded',
      securitySettings: {
        immutabilitySettings: { state: pick('Disabled', 'Unlocked', 'Locked') },
        softDeleteSettings: { softDeleteState: pick('Enabled', 'AlwaysON', 'Disabled'),
          softDeleteRetentionPeriodInDays: 14, enhancedSecurityState: 'Enabled' },
        multiUserAuthorization: pick('Enabled', 'Disabled'),
      },
      publicNetworkAccess: pick('Enabled', 'Disabled'),
      redundancySettings: { standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: pick('Enabled', 'Disabled') },
      monitoringSettings: { azureMonitorAlertSettings: { alertsForAllJobFailures: pick('Enabled', 'Disabled') } },
    } };
  } else if (kind === 'bv') {
    vault = { id, name, type: types.bv, location, tags: {}, identity: { type: 'SystemAssigned' }, properties: {
      provisioningState: 'Succeeded',
      storageSettings: [{ datastoreType: 'VaultStore', type: pick('LocallyRedundant', 'GeoRedundant') }],
      securitySettings: {
        softDeleteSettings: { state: pick('On', 'AlwaysOn', 'Off'), retentionDurationInDays: 14 },
        immutabilitySettings: { state: pick('Disabled', 'Unlocked', 'Locked') },
      },
      monitoringSettings: { azureMonitorAlertSettings: { alertsForAllJobFailures: 'Enabled' } },
    } };
  } else if (kind === 'kv') {
    vault = { id, name, type: types.kv, location, tags: {}, properties: {
      sku: { family: 'A', name: pick('standard', 'premium') }, tenantId: tenant,
      enableSoftDelete: true, softDeleteRetentionInDays: 90,
      enablePurgeProtection: pick(true, undefined), enableRbacAuthorization: pick(true, false),
      publicNetworkAccess: pick('Enabled', 'Disabled'),
      networkAcls: { defaultAction: pick('Allow', 'Deny'), bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
      vaultUri: `https://${name}.vault.azure.net/`, provisioningState: 'Succeeded',
    } };
  } else {
    vault = { id, name, type: types.hsm, location, tags: {}, sku: { family: 'B', name: 'Standard_B1' }, properties: {
      tenantId: tenant, enableSoftDelete: true, softDeleteRetentionInDays: 90,
      enablePurgeProtection: pick(true, false), publicNetworkAccess: pick('Enabled', 'Disabled'),
      networkAcls: { defaultAction: pick('Allow', 'Deny'), bypass: 'AzureServices' }, provisioningState: 'Succeeded',
    } };
  }
  const extra = { diagnostics: [], proxies: [] };
  if (random() < 0.5)
    extra.diagnostics.push({ id: `${id}/providers/microsoft.insights/diagnosticSettings/send-to-law`,
      type: 'Microsoft.Insights/diagnosticSettings', name: 'send-to-law', properties: {
        workspaceId: `/subscriptions/${sub.id}/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law`,
        logs: [{ categoryGroup: 'allLogs', enabled: true }], metrics: [{ category: 'AllMetrics', enabled: true }] } });
  if (kind === 'rsv' && random() < 0.4)
    extra.proxies.push({ id: `${id}/backupResourceGuardProxies/VaultProxy`, name: 'VaultProxy',
      type: 'Microsoft.RecoveryServices/vaults/backupResourceGuardProxies', properties: {
        resourceGuardResourceId: `/subscriptions/${sub.id}/resourceGroups/rg-guard/providers/Microsoft.DataProtection/resourceGuards/guard`,
        resourceGuardOperationDetails: [], lastUpdatedTime: '2026-11-02T08:00:00.0000000Z' } });
  related.set(id.toLowerCase(), extra);
  sub.vaults.push(vault);
  return vault;
}
for (let k = 0; k < vaultCount; ++k)
  makeVault(k);

// ---- Key Vault objects --------------------------------------------------------------------
const objects = new Map(); // vault name -> { number, keys: [{ list, body, policy }], secrets: [], certificates: [{ list, body }] }
const dataForbidden = new Set(faults.dataPlaneForbidden ?? []);
const modulus = (bits) => { const b = Buffer.alloc(bits / 8, 0x5a); b[0] = 0xc1; return b.toString('base64url'); };
function makeObjects(vault, number) {
  const host = `https://${vault.name}.vault.azure.net`;
  const hsm = vault.type === types.hsm;
  const day = 86400;
  const created = 1764547200 - (number % 400) * day; // 2025-12-01 and before
  const o = { number, keys: [], secrets: [], certificates: [] };
  for (let i = 0; i < 2; ++i) {
    const name = `key-${i}`;
    const attributes = { enabled: true, created, updated: created, recoveryLevel: 'Recoverable+Purgeable' };
    if ((number + i) % 3 !== 0)
      attributes.exp = created + 365 * day;
    const key = hsm ? { kid: `https://${vault.name}.managedhsm.azure.net/keys/${name}/${hex(number, 8)}${i}`, kty: 'RSA-HSM',
      n: modulus(i ? 3072 : 2048), e: 'AQAB' } : { kid: `${host}/keys/${name}/${hex(number, 8)}${i}`, kty: i ? 'EC' : 'RSA',
      ...(i ? { crv: 'P-256' } : { n: modulus((number % 4) === 1 ? 1024 : 2048), e: 'AQAB' }) };
    const policy = i === 0 && !hsm ? { id: `${host}/keys/${name}/rotationpolicy`, lifetimeActions: [
      { trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } },
      { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } }],
      attributes: { expiryTime: 'P1Y', created, updated: created } } : null;
    o.keys.push({ list: { kid: key.kid.split('/').slice(0, 5).join('/'), attributes }, body: { key, attributes }, policy });
  }
  if (!hsm) {
    o.secrets.push({ id: `${host}/secrets/db-password`, contentType: 'text/plain',
      attributes: { enabled: true, created, updated: created, exp: created + 180 * day } });
    o.secrets.push({ id: `${host}/secrets/api-key`, attributes: { enabled: true, created, updated: created } });
    const attributes = { enabled: true, nbf: created, exp: created + 730 * day, created, updated: created };
    o.certificates.push({ list: { id: `${host}/certificates/web`, x5t: 'fLi3U52HunIVNXubkEnf8tP6Wbo', attributes },
      body: { id: `${host}/certificates/web/${hex(number, 8)}`, x5t: 'fLi3U52HunIVNXubkEnf8tP6Wbo', attributes, policy: {
        id: `${host}/certificates/web/policy`, key_props: { exportable: true, kty: 'RSA', key_size: 2048, reuse_key: false },
        secret_props: { contentType: 'application/x-pkcs12' }, x509_props: { subject: 'CN=web', validity_months: 24 },
        lifetime_actions: [{ trigger: { lifetime_percentage: 80 }, action: { action_type: 'AutoRenew' } }],
        issuer: { name: 'Self' }, attributes: { enabled: true, created, updated: created } } } });
  }
  objects.set(vault.name, o);
}
if (config.dataPlane)
  subscriptions.flatMap((s) => s.vaults).filter((v) => v.type === types.kv || v.type === types.hsm)
    .forEach((v) => makeObjects(v, Number.parseInt(v.name.split('-')[1], 16)));
const objectsExport = () => [...objects.values()].flatMap((o) => [...o.keys.flatMap((k) => (k.policy ? [k.body, k.policy] : [k.body])),
  ...o.secrets, ...o.certificates.map((c) => c.body)]);

function dataPlane(name, rest, url) {
  const o = objects.get(name);
  record.dataPlaneReads += 1;
  if (!o)
    return [404, error('VaultNotFound', `No vault ${name}`)];
  if (dataForbidden.has(o.number))
    return [403, error('Forbidden', `The user, group or application 'appid=04b07795' does not have keys list permission on key vault '${name};location=westeurope'.`)];
  const parts = rest.split('/');
  if (parts[0] === 'keys' && parts.length === 1 && o.keysNextLink)
    return [200, JSON.stringify({ value: o.keys.map((k) => k.list), nextLink: `${hostile.foreign}/kv/${name}/keys?page=2` })];
  if (parts[0] === 'keys' && parts.length === 1)
    return [200, JSON.stringify(page(o.keys.map((k) => k.list), url))];
  if (parts[0] === 'keys') {
    const key = o.keys.find((k) => k.list.kid.endsWith(`/${parts[1]}`));
    if (!key)
      return [404, error('KeyNotFound', `A key with (name/id) ${parts[1]} was not found in this key vault.`)];
    if (parts[2] === 'rotationpolicy')
      return key.policy ? [200, JSON.stringify(key.policy)] : [404, error('KeyNotFound', 'No rotation policy')];
    return [200, JSON.stringify(key.body)];
  }
  if (parts[0] === 'secrets' && parts.length === 1)
    return [200, JSON.stringify(page(o.secrets, url))];
  if (parts[0] === 'secrets') {
    record.secretValueReads += 1;
    return [200, JSON.stringify({ value: 'hunter2', id: `${parts[1]}` })];
  }
  if (parts[0] === 'certificates' && parts.length === 1)
    return [200, JSON.stringify(page(o.certificates.map((c) => c.list), url))];
  if (parts[0] === 'certificates') {
    const cert = o.certificates.find((c) => c.list.id.endsWith(`/${parts[1]}`));
    return cert ? [200, JSON.stringify(cert.body)] : [404, error('CertificateNotFound', 'not found')];
  }
  return [404, error('NotFound', rest)];
}

// Resource Graph's shape of a resource: lower-case type and its own columns.
const graphShape = (v) => ({
  id: v.id, name: v.name, type: v.type.toLowerCase(), tenantId: tenant, kind: '', location: v.location,
  resourceGroup: v.id.split('/')[4], subscriptionId: v.id.split('/')[2], managedBy: '', sku: v.sku ?? null,
  plan: null, properties: v.properties, tags: v.tags, identity: v.identity ?? null, zones: null,
  extendedLocation: null,
});

// ---- the record and the faults ------------------------------------------------------------
const record = { total: 0, methods: {}, graphQueries: 0, throttled: 0, unauthorized: 0, dataPlaneReads: 0,
  secretValueReads: 0,
  refusedMethods: [], tokensSeen: 0, maxInFlight: 0, inFlightMs: 0, firstAt: 0, lastAt: 0 };
let inFlight = 0;
let gets = 0;
const verified = new Map(); // token -> accepted
let expired = new Set();
let requestsWithToken = 0;

async function tokenValid(token) {
  if (expired.has(token))
    return false;
  if (config.acceptToken)
    return token.startsWith(config.acceptToken);
  if (verified.has(token))
    return verified.get(token);
  const answer = await fetch(`${config.oidc}/oidc/userinfo`, { headers: { authorization: `Bearer ${token}` } });
  verified.set(token, answer.ok);
  if (answer.ok)
    record.tokensSeen += 1;
  return answer.ok;
}

// Resource Graph's quota: graphQuota queries per window per user.
let windowStart = Date.now();
let windowUsed = 0;
// Resource Manager's bucket per subscription.
const buckets = new Map();
function armRead(sub) {
  const size = config.armBucket ?? 250;
  const refill = config.armRefillPerSec ?? 25;
  const now = Date.now();
  const b = buckets.get(sub) ?? { tokens: size, at: now };
  b.tokens = Math.min(size, b.tokens + ((now - b.at) / 1000) * refill);
  b.at = now;
  buckets.set(sub, b);
  if (b.tokens < 1)
    return -1;
  b.tokens -= 1;
  return Math.floor(b.tokens);
}

const error = (code, message) => JSON.stringify({ error: { code, message } });

// ---- routes -------------------------------------------------------------------------------
function page(items, url, total) {
  const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
  const body = { value: items.slice(skip, skip + listPage) };
  if (skip + listPage < (total ?? items.length)) {
    const next = new URL(url);
    next.searchParams.set('$skiptoken', String(skip + listPage));
    body.nextLink = next.toString();
  }
  return body;
}

const graphCache = new Map();
function graphQuery(body) {
  const subs = body.subscriptions ?? [];
  const key = subs.join(',');
  let rows = graphCache.get(key);
  if (!rows) {
    rows = [];
    for (const s of subs) {
      const sub = byId.get(s);
      if (sub && !hidden.has(sub.id))
        rows.push(...sub.vaults.map(graphShape));
    }
    rows.sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1));
    graphCache.clear();
    graphCache.set(key, rows);
  }
  const top = Math.min(body.options?.$top ?? 100, 1000);
  const skip = body.options?.$skipToken ? Number(Buffer.from(body.options.$skipToken, 'base64').toString()) : 0;
  const data = rows.slice(skip, skip + top);
  if (hostile && skip === 0 && subs.length > 0)
    data.push({ name: 'no-id', type: 'microsoft.keyvault/vaults' },
      { id: `/subscriptions/${subs[0]}/../..//${hostile.foreign.replace('http://', '')}/x`, name: 'odd-id',
        type: 'microsoft.keyvault/vaults', properties: {} });
  const out = { totalRecords: rows.length, count: data.length, resultTruncated: 'false', facets: [], data };
  if (skip + top < rows.length)
    out.$skipToken = Buffer.from(String(skip + top)).toString('base64');
  return out;
}

async function route(req, url, bodyText, headers) {
  const path = url.pathname;
  if (req.method === 'POST' && path === '/providers/Microsoft.ResourceGraph/resources') {
    record.graphQueries += 1;
    const quota = config.graphQuota ?? 15;
    const windowMs = config.graphWindowMs ?? 5000;
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      windowUsed = 0;
    }
    const resets = Math.max(0, windowMs - (now - windowStart));
    const clock = new Date(Math.ceil(resets / 1000) * 1000).toISOString().substring(11, 19);
    if (windowUsed >= quota) {
      record.throttled += 1;
      headers['retry-after'] = String(Math.ceil(resets / 1000));
      return [429, error('RateLimiting', 'Please provide below info when asking for support: quota exceeded')];
    }
    windowUsed += 1;
    headers['x-ms-user-quota-remaining'] = String(quota - windowUsed);
    headers['x-ms-user-quota-resets-after'] = clock;
    if (faults.graphForbidden)
      return [403, error('AuthorizationFailed', 'The client does not have authorization to perform action Microsoft.ResourceGraph/resources/read')];
    return [200, JSON.stringify(graphQuery(JSON.parse(bodyText)))];
  }
  if (req.method !== 'GET')
    return [405, error('MethodNotAllowed', `${req.method} is not served here`)];
  const data = path.match(/^\/(kv|hsm)\/([^/]+)\/(.*)$/);
  if (data)
    return dataPlane(data[2], data[3], url);
  if (path === '/tenants')
    return [200, JSON.stringify({ value: [{ id: `/tenants/${tenant}`, tenantId: tenant, displayName: 'Contoso',
      defaultDomain: 'contoso.example', tenantCategory: 'Home' }] })];
  if (path === '/subscriptions') {
    const visible = subscriptions.filter((s) => !hidden.has(s.id)).map((s) => ({ id: `/subscriptions/${s.id}`,
      subscriptionId: s.id, tenantId: tenant, displayName: s.name, state: s.index % 17 === 16 ? 'Warned' : 'Enabled',
      authorizationSource: 'RoleBased' }));
    return [200, JSON.stringify(page(visible, url))];
  }
  const parts = path.split('/');
  const sub = byId.get(parts[2]?.toLowerCase());
  if (!sub || hidden.has(sub.id))
    return [404, error('SubscriptionNotFound', `The subscription '${parts[2]}' could not be found.`)];
  const remaining = armRead(sub.id);
  if (remaining < 0) {
    record.throttled += 1;
    headers['retry-after'] = '1';
    return [429, error('TooManyRequests', 'The request is being throttled.')];
  }
  headers['x-ms-ratelimit-remaining-subscription-reads'] = String(remaining);
  if (forbidden.has(sub.id))
    return [403, error('AuthorizationFailed', `The client 'auditor@contoso.example' does not have authorization to perform action over scope '/subscriptions/${sub.id}'`)];
  const lower = path.toLowerCase();
  const list = lower.match(/^\/subscriptions\/[^/]+\/providers\/([^/]+\/[^/]+)$/);
  if (list) {
    const items = sub.vaults.filter((v) => v.type.toLowerCase() === list[1]);
    return [200, JSON.stringify(page(items, url))];
  }
  const diag = lower.match(/^(.*)\/providers\/microsoft\.insights\/diagnosticsettings$/);
  const proxies = lower.match(/^(.*)\/backupresourceguardproxies$/);
  const extra = related.get((diag ?? proxies)?.[1]);
  if (extra && extra.hostile && (diag ? extra.hostile !== 'loop' : extra.hostile === 'loop'))
    return hostileRelated(extra, url, headers);
  if (extra)
    return [200, JSON.stringify({ value: diag ? extra.diagnostics : extra.proxies })];
  return [404, error('ResourceNotFound', `The resource '${path}' was not found.`)];
}

// ---- hostile answers ------------------------------------------------------------------------
const hostile = config.hostile;
const hostileVaults = {};
if (hostile) {
  const all = subscriptions.flatMap((s) => s.vaults);
  const rsv = all.filter((v) => v.type === types.rsv);
  ['nextLink', 'redirect', 'loop', 'untyped', 'relative'].forEach((kind, i) => {
    related.get(rsv[i].id.toLowerCase()).hostile = kind;
    hostileVaults[kind] = rsv[i].id;
  });
  const kv = all.filter((v) => v.type === types.kv);
  hostileVaults.vaultUri = kv[0].id;
  hostileVaults.keysNextLink = kv[1].id;
  objects.get(kv[1].name).keysNextLink = true;
}

function hostileRelated(extra, url, headers) {
  const self = `${url.pathname}${url.search}`;
  const setting = { id: `${self.split('?')[0]}/send-to-law`, type: 'Microsoft.Insights/diagnosticSettings', name: 'x',
    properties: { logs: [] } };
  switch (extra.hostile) {
  case 'nextLink':
    return [200, JSON.stringify({ value: [setting], nextLink: `${hostile.foreign}${self}&page=2` })];
  case 'redirect':
    headers.location = `${hostile.foreign}${self}`;
    return [307, ''];
  case 'loop':
    return [200, JSON.stringify({ value: [], nextLink: `http://127.0.0.1:${server.address().port}${self}` })];
  case 'untyped':
    return [200, JSON.stringify({ value: [setting, { id: setting.id.replace('send-to-law', 'untyped'), name: 'untyped',
      properties: {} }] })];
  default: // relative
    return [200, JSON.stringify({ value: [setting], nextLink: 'page2?api-version=2021-05-01-preview' })];
  }
}

// ---- the server ---------------------------------------------------------------------------
const server = http2.createServer();
server.on('stream', async (stream, h) => {
  stream.on('error', () => {}); // a reset the fault injection made, or a client that went away
  const method = h[':method'];
  const url = new URL(h[':path'], `http://127.0.0.1:${server.address().port}`);
  let bodyText = '';
  for await (const chunk of stream) bodyText += chunk;
  const send = (status, body, headers = {}) => {
    if (stream.destroyed)
      return;
    stream.respond({ ':status': status, 'content-type': 'application/json', ...headers });
    stream.end(body);
  };
  if (url.pathname === '/_test/oidc') { // the test's OpenID Connect server, started after this one
    config.oidc = url.searchParams.get('url');
    return send(200, '{}');
  }
  if (url.pathname === '/_test/requests')
    return send(200, JSON.stringify(record));
  if (url.pathname === '/_test/export') {
    const vaults = subscriptions.filter((s) => !hidden.has(s.id)).flatMap((s) => s.vaults).map(graphShape);
    const extra = [...related.values()].flatMap((r) => [...r.diagnostics, ...r.proxies]);
    return send(200, JSON.stringify({ graph: { count: vaults.length, data: vaults, skip_token: null,
      total_records: vaults.length }, related: { value: extra }, objects: objectsExport() }));
  }
  record.total += 1;
  record.methods[method] = (record.methods[method] ?? 0) + 1;
  if (method !== 'GET' && !(method === 'POST' && url.pathname === '/providers/Microsoft.ResourceGraph/resources'))
    record.refusedMethods.push(`${method} ${url.pathname}`);
  const arrived = performance.now();
  record.firstAt ||= arrived;
  inFlight += 1;
  record.maxInFlight = Math.max(record.maxInFlight, inFlight);
  try {
    const auth = h.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.substring(7) : '';
    if (!token || !(await tokenValid(token))) {
      record.unauthorized += 1;
      return send(401, error(expired.has(token) ? 'ExpiredAuthenticationToken' : 'InvalidAuthenticationToken',
        'The access token is invalid.'), { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    requestsWithToken += 1;
    if (faults.expireTokenAfter && requestsWithToken === faults.expireTokenAfter)
      expired.add(token);
    if (latency)
      await new Promise((resolve) => setTimeout(resolve, latency));
    if (method === 'GET') {
      gets += 1;
      if (faults.serverErrors && gets <= faults.serverErrors)
        return send(503, error('ServiceUnavailable', 'The service is temporarily unavailable.'));
      if (faults.throttleEvery && gets % faults.throttleEvery === 0) {
        record.throttled += 1;
        return send(429, error('TooManyRequests', 'The request is being throttled.'), { 'retry-after': '1' });
      }
      if (faults.resetEvery && gets % faults.resetEvery === 0)
        return stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
      if (faults.slowEvery && gets % faults.slowEvery === 0)
        await new Promise((resolve) => setTimeout(resolve, faults.slowMs ?? 3000));
    }
    const headers = {};
    const [status, body] = await route({ method }, url, bodyText, headers);
    if (method === 'GET' && status === 200 && faults.truncateEvery && gets % faults.truncateEvery === 0)
      return send(200, body.substring(0, Math.floor(body.length / 2)), headers);
    send(status, body, headers);
  } catch (err) {
    console.error(err);
    send(500, error('InternalServerError', String(err)));
  } finally {
    inFlight -= 1;
    record.lastAt = performance.now();
    record.inFlightMs += record.lastAt - arrived; // over the span: the mean number in flight
  }
});
server.on('sessionError', () => {});
// Answers go out at once, as Azure's front doors send them (no Nagle delay on small frames).
server.on('connection', (socket) => socket.setNoDelay(true));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// The data plane is served here: each vault's URI points at this server.
for (const v of subscriptions.flatMap((s) => s.vaults)) {
  if (config.dataPlane && v.type === types.kv)
    v.properties.vaultUri = v.id === hostileVaults.vaultUri ? `${hostile.foreign}/kv/${v.name}/`
      : `http://127.0.0.1:${server.address().port}/kv/${v.name}/`;
  if (config.dataPlane && v.type === types.hsm)
    v.properties.hsmUri = `http://127.0.0.1:${server.address().port}/hsm/${v.name}/`;
}
console.log(JSON.stringify({ port: server.address().port, tenant, vaults: vaultCount, subscriptions: subscriptionCount,
  hostileVaults }));
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
