// The OpenID Connect server of the sign-in tests: oidc-provider (a certified implementation) with
// Entra ID's route shapes under one tenant, on 127.0.0.1 and a free port. Prints {"port": N} once it
// listens and stops when its standard input closes, so that a test that dies never leaves it behind.
//
// Test hooks (the test plays the browser and the user):
//   GET  /interaction/:uid            a sign-in form;  POST login=NAME  signs in and consents at once
//   GET  /test/device?user_code=CODE&login=NAME[&approve=no]  approves (or declines) a device code
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const tenant = process.env.OIDC_TENANT ?? '72f988bf-0000-4000-8000-00000000c0de';
const clientId = process.env.OIDC_CLIENT_ID ?? '3f0c1c55-8a7e-4d6b-9a0e-5e1c2b3d4f60';
// The Resource Manager scope it grants: Azure's, or a local stand-in's (OIDC_ARM_SCOPE).
const arm = process.env.OIDC_ARM_SCOPE ?? 'https://management.azure.com/.default';
// Key Vault's data plane: as with Entra ID, a sign-in for Resource Manager also lets the refresh
// token ask for Key Vault tokens (the live scan reads keys, secrets and certificates with them).
const vault = 'https://vault.azure.net/.default';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const key = { ...privateKey.export({ format: 'jwk' }), kid: 'test-signing-key', use: 'sig', alg: 'RS256' };

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const base = `/${tenant}`;

const provider = new Provider(`http://127.0.0.1:${port}${base}/v2.0`, {
  clients: [{
    client_id: clientId,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://localhost/', 'http://127.0.0.1/'],
    grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
    response_types: ['code'],
  }],
  jwks: { keys: [key] },
  scopes: ['openid', 'profile', 'offline_access', arm, vault],
  claims: { openid: ['sub', 'tid'], profile: ['name', 'preferred_username'] },
  conformIdTokenClaims: false,
  findAccount: (ctx, sub) => ({
    accountId: sub,
    claims: () => ({ sub, tid: tenant, name: `Test ${sub}`, preferred_username: `${sub}@contoso.example` }),
  }),
  features: {
    devInteractions: { enabled: false },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  issueRefreshToken: async (ctx, client, code) => client.grantTypeAllowed('refresh_token')
    && code.scopes.has('offline_access'),
  rotateRefreshToken: true,
  ttl: { AccessToken: 3600, IdToken: 3600, RefreshToken: 86400, DeviceCode: 600, Interaction: 600, Session: 600, Grant: 86400 },
  routes: {
    authorization: `${base}/oauth2/v2.0/authorize`,
    token: `${base}/oauth2/v2.0/token`,
    device_authorization: `${base}/oauth2/v2.0/devicecode`,
    code_verification: '/device',
    jwks: `${base}/discovery/v2.0/keys`,
    revocation: `${base}/oauth2/v2.0/revoke`,
    userinfo: '/oidc/userinfo',
    end_session: `${base}/oauth2/v2.0/logout`,
  },
});
provider.on('server_error', (ctx, err) => console.error('server_error', err));

async function finishInteraction(req, res, login) {
  const details = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId: login, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope ?? 'openid');
  if (String(details.params.scope ?? '').split(' ').includes(arm))
    grant.addOIDCScope(`${arm} ${vault}`); // the authorize request was given Key Vault's too
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: login }, consent: { grantId } },
    { mergeWithLastSubmission: false });
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

// The user at the verification page: signs in as `login` and approves (or declines) the code.
async function answerDeviceCode(userCode, login, approve) {
  const normalized = userCode.toUpperCase().replace(/\W/g, '');
  const code = await provider.DeviceCode.findByUserCode(normalized);
  if (!code)
    return false;
  if (approve) {
    const scope = code.params?.scope ?? 'openid';
    const grant = new provider.Grant({ accountId: login, clientId: code.clientId });
    const granted = scope.split(' ').includes(arm) ? `${scope} ${vault}` : scope;
    grant.addOIDCScope(granted);
    code.scope = granted;
    code.grantId = await grant.save();
    code.accountId = login;
    code.authTime = Math.floor(Date.now() / 1000);
  } else {
    code.error = 'access_denied';
    code.errorDescription = 'End-User aborted interaction';
  }
  await code.save();
  return true;
}

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    // Entra ID's discovery document lives under /{tenant}/v2.0/.
    if (url.pathname === `${base}/v2.0/.well-known/openid-configuration`) {
      req.url = '/.well-known/openid-configuration';
      return callback(req, res);
    }
    // Entra ID grants a refresh token (offline_access) without prompt=consent; oidc-provider asks
    // for it, so the authorize request gets it here. Entra's refresh tokens also serve other
    // consented resources (Key Vault's data plane); here the code is granted that scope as well.
    if (url.pathname === `${base}/oauth2/v2.0/authorize`) {
      if (!url.searchParams.has('prompt'))
        url.searchParams.set('prompt', 'consent');
      const scope = url.searchParams.get('scope') ?? '';
      if (scope.split(' ').includes(arm) && !scope.split(' ').includes(vault))
        url.searchParams.set('scope', `${scope} ${vault}`);
      req.url = url.pathname + url.search;
      return callback(req, res);
    }
    const interaction = url.pathname.match(/^\/interaction\/([^/]+)$/);
    if (interaction && req.method === 'GET') {
      res.setHeader('content-type', 'text/html');
      return res.end(`<form method="post" action="/interaction/${interaction[1]}"><input name="login"></form>`);
    }
    if (interaction && req.method === 'POST') {
      const form = await readForm(req);
      return await finishInteraction(req, res, form.get('login') || 'auditor');
    }
    if (url.pathname === '/test/device') {
      const found = await answerDeviceCode(url.searchParams.get('user_code') ?? '',
        url.searchParams.get('login') ?? 'auditor', url.searchParams.get('approve') !== 'no');
      res.statusCode = found ? 200 : 404;
      return res.end(found ? 'answered' : 'no such code');
    }
    return callback(req, res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end(String(err));
    }
  }
});

console.log(JSON.stringify({ port, issuer: `http://127.0.0.1:${port}${base}/v2.0`, tenant, clientId }));
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
