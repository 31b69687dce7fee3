import type { Detector } from '../../src/types.js';
import { commandSites } from './command-context.js';
import { tlsRuleDetector, type TlsRule } from './rules.js';

// Certificate verification switched off in the languages and tools the other TLS modules do not read: .NET's
// validation callbacks, libcurl's options (PHP's curl_setopt, C's curl_easy_setopt, pycurl), PHP's Guzzle and
// stream contexts, Rust's reqwest and native-tls builders, Ruby's OpenSSL constants and HTTP clients' options, and
// Ansible's validate_certs. Each rule reads the switch where it is set to the insecure value, outside comments and
// strings, and not on a branch that a certificate-check setting chooses (rules.ts).

/** .NET: a certificate validation callback that accepts everything. */
const DOTNET_RULES: readonly TlsRule[] = [
  {
    // `ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;`, `+= delegate { return true; }`,
    // `ServerCertificateCustomValidationCallback = (m, c, ch, e) => true`
    re: /\b(?:Server|Remote)Certificate(?:Custom)?ValidationCallback[ \t]{0,8}\+?=[ \t]{0,8}(?:\([^()\n]{0,160}\)|[A-Za-z_]\w{0,40})[ \t]{0,8}=>[ \t]{0,8}(?<value>true)\b/dg,
    detail: 'a certificate validation callback that returns true accepts any certificate for any host',
    bare: true,
  },
  {
    re: /\b(?:Server|Remote)Certificate(?:Custom)?ValidationCallback[ \t]{0,8}\+?=[ \t]{0,8}(?:new[ \t]{1,4}[\w.]{1,80}\([ \t]{0,4})?delegate[ \t]{0,8}(?:\([^()\n]{0,160}\)[ \t]{0,8})?\{[ \t\r\n]{0,40}return[ \t]{1,4}(?<value>true)[ \t]{0,4};[ \t\r\n]{0,40}\}/dg,
    detail: 'a certificate validation delegate that returns true accepts any certificate for any host',
    bare: true,
  },
  {
    re: /\bHttpClientHandler[ \t]{0,4}\.[ \t]{0,4}DangerousAcceptAnyServerCertificateValidator\b/dg,
    detail: 'DangerousAcceptAnyServerCertificateValidator accepts any certificate for any host',
  },
  {
    // an SslStream's callback written inline: `new SslStream(stream, false, (sender, cert, chain, errors) => true)`
    re: /\bnew[ \t]{1,4}SslStream[ \t]{0,4}\([^\n]{0,200}?,[ \t]{0,8}\([ \t]{0,4}\w{1,40}[ \t]{0,4}(?:,[ \t]{0,4}\w{1,40}[ \t]{0,4}){3}\)[ \t]{0,8}=>[ \t]{0,8}(?<value>true)\b/dg,
    detail: "an SslStream's validation callback that returns true accepts any certificate for any host",
    bare: true,
  },
];

export const tlsDotnetValidationBypassed: Detector = tlsRuleDetector({
  id: 'tls-dotnet-validation-bypassed',
  title: '.NET certificate validation callback accepts any certificate',
  severity: 'high',
  keywords: ['certificatevalidationcallback', 'certificatecustomvalidationcallback', 'dangerousacceptanyservercertificatevalidator', 'sslstream'],
  paths: ['*.cs', '*.vb', '*.fs', '*.ps1', '*.psm1', '*.cshtml', '*.razor'],
  remediation:
    "Remove the callback (the default validation checks the chain and the host name); to trust a private CA, add it to " +
    "the machine's or container's trust store, or validate the chain against it in the callback instead of returning true.",
  rules: DOTNET_RULES,
  examples: {
    positive: [
      { path: 'src/Shop.Client/Http.cs', text: 'ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) => true;\n' },
      { path: 'src/Shop.Client/Http.cs', text: 'var handler = new HttpClientHandler\n{\n    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator\n};\n' },
      { path: 'src/Shop.Client/Http.cs', text: 'handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;\n' },
      { path: 'src/Shop.Client/Legacy.cs', text: 'ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };\n', why: 'an anonymous delegate' },
      { path: 'src/Shop.Relay/Tunnel.cs', text: 'var ssl = new SslStream(client.GetStream(), false, (sender, certificate, chain, sslPolicyErrors) => true);\n' },
    ],
    negative: [
      { path: 'src/Shop.Client/Http.cs', text: 'handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None;\n', why: 'the default verdict' },
      { path: 'src/Shop.Client/Http.cs', text: 'handler.ServerCertificateCustomValidationCallback = ValidatePinnedCertificate;\n', why: 'a method of its own: a pinning check' },
      { path: 'src/Shop.Client/Http.cs', text: '// ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;\n', why: 'a comment' },
    ],
  },
});

/** libcurl's verification options set off: PHP's curl_setopt (and its arrays), C's curl_easy_setopt, pycurl's setopt. */
const LIBCURL_RULES: readonly TlsRule[] = [
  {
    re: /\b(?:CURLOPT_|pycurl\.)SSL_VERIFY(?:PEER|HOST)[ \t]{0,8}(?:,|=>)[ \t]{0,8}(?<value>false|FALSE|False|0L?)(?![\w.])/dg,
    detail: 'libcurl told not to verify the certificate (SSL_VERIFYPEER) or its host name (SSL_VERIFYHOST)',
    bare: true,
  },
];

export const tlsLibcurlVerifyDisabled: Detector = tlsRuleDetector({
  id: 'tls-libcurl-verify-disabled',
  title: 'libcurl certificate verification disabled (CURLOPT_SSL_VERIFYPEER / VERIFYHOST)',
  severity: 'high',
  keywords: ['ssl_verifypeer', 'ssl_verifyhost'],
  remediation:
    'Leave CURLOPT_SSL_VERIFYPEER at 1 and CURLOPT_SSL_VERIFYHOST at 2 (their defaults); to trust a private CA, point ' +
    'CURLOPT_CAINFO (or php.ini\'s curl.cainfo) at its certificate.',
  rules: LIBCURL_RULES,
  examples: {
    positive: [
      { path: 'src/Api/Client.php', text: "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);\n" },
      { path: 'src/Api/Client.php', text: "curl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_SSL_VERIFYPEER => false]);\n", why: 'an options array' },
      { path: 'src/fetch.c', text: 'curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);\n' },
      { path: 'tools/fetch.py', text: 'c.setopt(pycurl.SSL_VERIFYPEER, 0)\n' },
    ],
    negative: [
      { path: 'src/Api/Client.php', text: "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);\n" },
      { path: 'src/Api/Client.php', text: "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, $this->verify);\n", why: "the caller's setting" },
      { path: 'src/fetch.c', text: '/* curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L); */\n', why: 'a comment' },
    ],
  },
});

/** PHP: Guzzle's `verify` request option and a stream context's `ssl` options. */
const PHP_RULES: readonly TlsRule[] = [
  {
    re: /(['"])verify\1[ \t]{0,8}=>[ \t]{0,8}(?<value>false|FALSE)\b/dg,
    detail: "Guzzle's verify option set to false accepts any certificate",
    bare: true,
  },
  {
    re: /(['"])(?:verify_peer|verify_peer_name)\1[ \t]{0,8}=>[ \t]{0,8}(?<value>false|FALSE|0)\b/dg,
    detail: "a stream context's ssl option turns off certificate (verify_peer) or host name (verify_peer_name) verification",
    bare: true,
  },
  {
    re: /(['"])allow_self_signed\1[ \t]{0,8}=>[ \t]{0,8}(?<value>true|TRUE|1)\b/dg,
    detail: "a stream context's allow_self_signed accepts a certificate nobody vouches for",
    bare: true,
  },
];

export const tlsPhpVerifyDisabled: Detector = tlsRuleDetector({
  id: 'tls-php-verify-disabled',
  title: 'PHP HTTP client or stream certificate verification disabled',
  severity: 'high',
  keywords: ['verify', 'verify_peer', 'allow_self_signed'],
  paths: ['*.php', '*.phtml', '*.inc'],
  remediation:
    "Remove `'verify' => false` and the ssl context's verify_peer/verify_peer_name => false; to trust a private CA, " +
    "give its bundle (`'verify' => '/path/to/ca.pem'`, `'cafile' => …`).",
  rules: PHP_RULES,
  examples: {
    positive: [
      { path: 'src/Api/Client.php', text: "$client = new \\GuzzleHttp\\Client(['base_uri' => $url, 'verify' => false]);\n" },
      { path: 'src/Mail/Smtp.php', text: "$ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);\n" },
      { path: 'src/Mail/Smtp.php', text: "$options['ssl']['allow_self_signed'] = true;\n$ctx = stream_context_create(['ssl' => ['allow_self_signed' => true]]);\n", why: 'the array form' },
    ],
    negative: [
      { path: 'src/Api/Client.php', text: "$client = new Client(['verify' => '/etc/ssl/shop-ca.pem']);\n", why: 'a CA bundle' },
      { path: 'src/Api/Client.php', text: "$client = new Client(['verify' => $this->config['verify']]);\n", why: 'a setting' },
      { path: 'src/Api/Client.php', text: "$rules = ['verify' => 'required|boolean'];\n", why: 'a validation rule' },
    ],
  },
});

/** Rust: reqwest's and native-tls' builders told to accept invalid certificates or host names. */
const RUST_RULES: readonly TlsRule[] = [
  {
    re: /\.danger_accept_invalid_(?:certs|hostnames)[ \t]{0,4}\([ \t]{0,4}(?<value>true)[ \t]{0,4}\)/dg,
    detail: 'danger_accept_invalid_certs/hostnames(true) accepts any certificate or host name',
    bare: true,
  },
];

export const tlsRustDangerAcceptInvalid: Detector = tlsRuleDetector({
  id: 'tls-rust-danger-accept-invalid',
  title: 'Rust TLS client accepts invalid certificates or host names',
  severity: 'high',
  keywords: ['danger_accept_invalid'],
  paths: ['*.rs'],
  remediation:
    'Remove danger_accept_invalid_certs/hostnames; to trust a private CA, add it with `add_root_certificate` ' +
    '(reqwest) or `TlsConnector::builder().add_root_certificate` (native-tls).',
  rules: RUST_RULES,
  examples: {
    positive: [
      { path: 'src/client.rs', text: 'let client = reqwest::Client::builder()\n    .danger_accept_invalid_certs(true)\n    .build()?;\n' },
      { path: 'src/relay.rs', text: 'let connector = TlsConnector::builder().danger_accept_invalid_hostnames(true).build()?;\n' },
    ],
    negative: [
      { path: 'src/client.rs', text: 'let client = reqwest::Client::builder().danger_accept_invalid_certs(config.insecure).build()?;\n', why: "the user's setting" },
      { path: 'src/client.rs', text: 'let client = reqwest::Client::builder().danger_accept_invalid_certs(false).build()?;\n' },
    ],
  },
});

/**
 * A server's context: VERIFY_NONE there means no client certificate is asked for, the default of any TLS server
 * (fluentd's `if conf.client_cert_auth … else ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE`).
 */
const SERVER_SIDE = /client_?cert|verify_client|client_auth|SSLServer|start_immediately/i;

/** Ruby: OpenSSL's VERIFY_NONE, and HTTP clients' options that turn verification off. */
const RUBY_RULES: readonly TlsRule[] = [
  {
    // set as a client's verify mode: `http.verify_mode = …`, `verify_mode: …`, `:ssl_verify_mode => …`; not a value a
    // `case` maps a setting to (`when :none then OpenSSL::SSL::VERIFY_NONE`)
    re: /\b(?:ssl_)?verify_mode(?:[ \t]{0,8}\]?[ \t]{0,8}=|:|[ \t]{0,8}=>)[ \t]{0,8}OpenSSL::SSL::VERIFY_NONE\b/dg,
    detail: 'OpenSSL::SSL::VERIFY_NONE accepts any certificate for any host',
    accept: (m, text) => !SERVER_SIDE.test(text.slice(Math.max(0, m.index - 400), m.index + 200)),
  },
  {
    // Faraday's `ssl: { verify: false }`, RestClient's `verify_ssl: false`, HTTParty's `verify: false`
    re: /(?<![\w])(?::?verify(?:_ssl)?(?::[ \t]{0,8}|[ \t]{0,8}=>[ \t]{0,8}))(?<value>false)\b/dg,
    detail: "an HTTP client's verify option set to false accepts any certificate",
    bare: true,
  },
];

export const tlsRubyVerifyNone: Detector = tlsRuleDetector({
  id: 'tls-ruby-verify-none',
  title: 'Ruby TLS certificate verification disabled (VERIFY_NONE, verify: false)',
  severity: 'high',
  keywords: ['verify_none', 'verify:', 'verify_ssl', ':verify'],
  paths: ['*.rb', '*.rake', '*.gemspec', 'Gemfile', 'Rakefile', '*.ru', '*.erb'],
  remediation:
    'Use OpenSSL::SSL::VERIFY_PEER (the default of Net::HTTP and the HTTP gems); to trust a private CA, set `ca_file` ' +
    '(`http.ca_file = …`, Faraday\'s `ssl: { ca_file: … }`).',
  rules: RUBY_RULES,
  examples: {
    positive: [
      { path: 'lib/shop/client.rb', text: 'http = Net::HTTP.new(uri.host, uri.port)\nhttp.use_ssl = true\nhttp.verify_mode = OpenSSL::SSL::VERIFY_NONE\n' },
      { path: 'lib/shop/client.rb', text: 'conn = Faraday.new(url: base_url, ssl: { verify: false })\n' },
      { path: 'lib/shop/legacy.rb', text: 'RestClient::Request.execute(method: :get, url: url, verify_ssl: false)\n' },
    ],
    negative: [
      { path: 'lib/shop/client.rb', text: 'http.verify_mode = OpenSSL::SSL::VERIFY_PEER\n' },
      { path: 'lib/shop/client.rb', text: 'conn = Faraday.new(url: base_url, ssl: { verify: settings.verify_tls })\n', why: 'a setting' },
      { path: 'lib/shop/client.rb', text: '# http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n', why: 'a comment' },
      { path: 'lib/shop/tls.rb', text: 'opt[:verify_mode] = case @tls_verify_mode\n                    when :none\n                      OpenSSL::SSL::VERIFY_NONE\n                    else\n                      OpenSSL::SSL::VERIFY_PEER\n                    end\n', why: "a setting's value mapped" },
      { path: 'lib/shop/server.rb', text: 'if conf.client_cert_auth\n  ctx.verify_mode = OpenSSL::SSL::VERIFY_PEER | OpenSSL::SSL::VERIFY_FAIL_IF_NO_PEER_CERT\nelse\n  ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE\nend\n', why: "a server's context: no client certificate asked for" },
    ],
  },
});

/** Ansible: a module's validate_certs turned off, in YAML (`validate_certs: no`) or key=value form (`validate_certs=no`). */
const ANSIBLE_RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w-])validate_certs(?:[ \t]{0,8}:[ \t]{1,8}|=)(['"]?)(?<value>no|false|False|FALSE|n|0|off)\1(?![\w{])/dg,
    detail: "validate_certs turned off: the module accepts any certificate",
  },
];

export const tlsAnsibleValidateCertsDisabled: Detector = tlsRuleDetector({
  id: 'tls-ansible-validate-certs-disabled',
  title: "Ansible module's certificate validation disabled (validate_certs: no)",
  severity: 'medium',
  keywords: ['validate_certs'],
  paths: ['*.yml', '*.yaml', '*.j2', '*.cfg', '*.ini', 'hosts', 'inventory'],
  remediation:
    'Remove validate_certs: no; to trust a private CA, install it on the control node (or give the module its `ca_path`/' +
    '`client_cert` options where it has them).',
  rules: ANSIBLE_RULES,
  examples: {
    positive: [
      { path: 'roles/app/tasks/main.yml', text: '- name: fetch the release\n  ansible.builtin.get_url:\n    url: https://releases.shop.internal/app.tgz\n    dest: /opt/app.tgz\n    validate_certs: no\n' },
      { path: 'playbooks/health.yml', text: '- uri:\n    url: https://api.shop.internal/health\n    validate_certs: false\n' },
      { path: 'playbooks/health.yml', text: '- uri: url=https://api.shop.internal/health validate_certs=no\n', why: 'the key=value form' },
    ],
    negative: [
      { path: 'roles/app/tasks/main.yml', text: '- uri:\n    url: https://api.shop.internal/health\n    validate_certs: "{{ shop_validate_certs }}"\n', why: 'a variable' },
      { path: 'roles/app/tasks/main.yml', text: '- uri:\n    url: https://api.shop.internal/health\n    validate_certs: yes\n' },
    ],
  },
});

/** A flag on a command that runs (command-context.ts): not a test's title, an option table or prose naming it. */
const invoked = (m: RegExpExecArray, text: string, _ctx: unknown, path: string): boolean => commandSites(path, text).invoked(m.index);

/**
 * Command-line tools' and their environment's switches that skip certificate checks: pip's trusted hosts, the
 * containers tools' --tls-verify=false, the AWS CLI's --no-verify-ssl, the Vault and Azure CLIs' variables,
 * Python's PYTHONHTTPSVERIFY=0, Go's GOINSECURE, conda's ssl_verify, Docker's insecure registries.
 */
const CLI_RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w.$\/-])(?:pip3?(?:\.\d{1,2})?|python(?:3(?:\.\d{1,2})?)?[ \t]{1,4}-m[ \t]{1,4}pip)(?=[ \t])[^\n;&|]{0,300}?[ \t]--trusted-host(?:[ \t]{1,4}|=)["']?[\w.$-]/dg,
    detail: "pip's --trusted-host skips the host's certificate check (and allows plain http)",
    accept: invoked,
  },
  {
    re: /(?<![\w.$\/-])(?:podman|buildah|skopeo)(?=[ \t])[^\n;&|]{0,300}?[ \t]--(?:src-|dest-)?tls-verify(?:=|[ \t]{1,4})(?:false|0)\b/dg,
    detail: '--tls-verify=false: the registry\'s certificate is not checked (podman, buildah, skopeo)',
    accept: invoked,
  },
  {
    re: /(?<![\w.$\/-])aws(?=[ \t])[^\n;&|]{0,400}?[ \t]--no-verify-ssl(?![\w-])/dg,
    detail: "the AWS CLI's --no-verify-ssl skips the certificate check",
    accept: invoked,
  },
  {
    re: /(?<![\w.$\/-])vault(?=[ \t])[^\n;&|]{0,300}?[ \t]-tls-skip-verify(?:=true)?(?![\w=-])/dg,
    detail: "Vault's -tls-skip-verify skips the server's certificate check",
    accept: invoked,
  },
  {
    re: /(?<![\w])(?:PYTHONHTTPSVERIFY|VAULT_SKIP_VERIFY|AZURE_CLI_DISABLE_CONNECTION_VERIFICATION)['"]?(?:[ \t]{0,8}[:=][ \t]{0,8}|[ \t]{1,8})(['"]?)(?:0|1|true|True|TRUE|yes)\1(?![\w.])/dg,
    detail: 'an environment variable that turns certificate checks off',
    accept: (m) => /^PYTHONHTTPSVERIFY/.test(m[0]) === /(?:[:= \t]["']?)0["']?$/.test(m[0]),
  },
  {
    re: /(?<![\w])GOINSECURE['"]?[ \t]{0,8}[:=][ \t]{0,8}(['"]?)[\w*.\/-]{1,200}\1/dg,
    detail: 'GOINSECURE fetches the matching modules without checking certificates',
  },
  {
    re: /(?<![\w-])ssl_verify(?:[ \t]{0,8}:[ \t]{1,8}|[ \t]{1,8})(?:false|False|no)\b/dg,
    detail: "conda's ssl_verify turned off",
  },
  {
    re: /"insecure-registries"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}\[[ \t\r\n]{0,40}"/dg,
    detail: "Docker's insecure-registries: pulls and pushes to them skip the certificate check",
  },
];

export const tlsCliVerifyDisabled: Detector = tlsRuleDetector({
  id: 'tls-cli-verify-disabled',
  title: "Command-line tool's certificate checks off (pip --trusted-host, --tls-verify=false, --no-verify-ssl, …)",
  severity: 'medium',
  keywords: [
    '--trusted-host', 'tls-verify', '--no-verify-ssl', '-tls-skip-verify', 'pythonhttpsverify', 'vault_skip_verify',
    'azure_cli_disable_connection_verification', 'goinsecure', 'ssl_verify', 'insecure-registries',
  ],
  remediation:
    "Remove the switch; to trust a private CA, give the tool its bundle (pip's --cert or PIP_CERT, podman's --cert-dir, " +
    "AWS_CA_BUNDLE, VAULT_CACERT, REQUESTS_CA_BUNDLE, conda's ssl_verify: /path/to/ca.pem, Docker's certs.d folder).",
  rules: CLI_RULES,
  examples: {
    positive: [
      { path: 'Dockerfile', text: 'FROM python:3.12-slim\nRUN pip install --trusted-host pypi.shop.internal -r requirements.txt\n' },
      { path: 'ci/publish.sh', text: 'podman push --tls-verify=false shop/app registry.shop.internal/app:1.4\n' },
      { path: 'ci/sync.sh', text: 'aws s3 sync ./dist s3://shop-assets --endpoint-url https://s3.shop.internal --no-verify-ssl\n' },
      { path: 'ci/vault.sh', text: 'export VAULT_SKIP_VERIFY=true\nvault kv get secret/shop\n' },
      { path: 'docker/entrypoint.sh', text: 'export PYTHONHTTPSVERIFY=0\n' },
      { path: 'etc/docker/daemon.json', text: '{\n  "insecure-registries": ["registry.shop.internal:5000"]\n}\n' },
      { path: '.condarc', text: 'channels:\n  - defaults\nssl_verify: false\n' },
    ],
    negative: [
      { path: 'ci/publish.sh', text: 'podman push --tls-verify=true shop/app registry.shop.internal/app:1.4\n' },
      { path: 'docker/entrypoint.sh', text: 'export PYTHONHTTPSVERIFY=1\n', why: 'verification on' },
      { path: 'etc/docker/daemon.json', text: '{\n  "insecure-registries": []\n}\n', why: 'none' },
      { path: 'docs/pip.md', text: 'The `--trusted-host` option marks a host as trusted even without valid HTTPS.\n', why: 'prose naming the option' },
    ],
  },
});
