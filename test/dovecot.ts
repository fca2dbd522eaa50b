import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

const DOVECOT = '/usr/sbin/dovecot';

/** Whether Debian's Dovecot (package dovecot-imapd) is installed, so the real-IMAP tests can run. */
export const dovecotAvailable: boolean = existsSync(DOVECOT);

/** A private Dovecot IMAP server on loopback with one test user, for integration tests. */
export interface DovecotInstance {
  host: '127.0.0.1';
  port: number;
  user: string;
  password: string;
  append(raw: Buffer | string, mailbox?: string): Promise<void>;
  /** Drops every IMAP session of the test user (doveadm kick), as a restarting server would. */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

interface Accounts {
  mailUid: number;
  mailGid: number;
  internalUser: string;
  loginUser: string;
}

/** Root may not own mail in Dovecot, so as root mail belongs to the packaged `dovecot` user. */
function accounts(): Accounts {
  const uid = process.getuid?.() ?? 0;
  if (uid !== 0) {
    const me = os.userInfo();
    return { mailUid: me.uid, mailGid: me.gid, internalUser: me.username, loginUser: me.username };
  }
  const users = new Map(
    readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .filter((f) => f.length >= 4)
      .map((f) => [f[0], { uid: Number(f[2]), gid: Number(f[3]) }] as const),
  );
  const internal = users.get('dovecot');
  if (!internal) throw new Error('running as root needs the system user "dovecot" from the dovecot-core package');
  return { mailUid: internal.uid, mailGid: internal.gid, internalUser: 'dovecot', loginUser: users.has('dovenull') ? 'dovenull' : 'dovecot' };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function config(dir: string, port: number, a: Accounts): string {
  return `
instance_name = loyaal-test-${path.basename(dir)}
base_dir = ${dir}/run
state_dir = ${dir}/state
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
default_internal_user = ${a.internalUser}
default_login_user = ${a.loginUser}
first_valid_uid = ${a.mailUid}
last_valid_uid = 0
mail_location = maildir:${dir}/mail/%u/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

/** Resolves once the server greets on the port, or fails after the timeout or when the process exits. */
async function waitForGreeting(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`dovecot exited with ${child.exitCode ?? child.signalCode}`);
    const greeted = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1');
      sock.setTimeout(1000, () => sock.destroy());
      sock.once('data', (d) => {
        sock.destroy();
        resolve(d.toString().startsWith('* OK'));
      });
      sock.once('error', () => resolve(false));
      sock.once('close', () => resolve(false));
    });
    if (greeted) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not accept connections on port ${port} within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function launch(dir: string, a: Accounts): Promise<{ child: ChildProcess; port: number }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const conf = path.join(dir, 'dovecot.conf');
    await writeFile(conf, config(dir, port, a));
    const child = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    try {
      await waitForGreeting(port, child, 15_000);
      return { child, port };
    } catch (err) {
      await stopChild(child);
      const log = await readFile(path.join(dir, 'dovecot.log'), 'utf8').catch(() => '(no log file)');
      lastError = new Error(`${(err as Error).message}\n--- dovecot output ---\n${output}\n--- dovecot.log ---\n${log}`);
    }
  }
  throw lastError;
}

/** Starts a private Dovecot (own config, port, Maildir and log in a temp dir); stop() kills it and removes the dir. */
export async function startDovecot(): Promise<DovecotInstance> {
  if (!dovecotAvailable) throw new Error(`Dovecot is not installed at ${DOVECOT}: apt-get install dovecot-imapd`);
  const a = accounts();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loyaal-dovecot-'));
  await chmod(dir, 0o755);
  const user = 'loyaal';
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const home = path.join(dir, 'mail', user);
  await mkdir(home, { recursive: true });
  await chown(path.join(dir, 'mail'), a.mailUid, a.mailGid);
  await chown(home, a.mailUid, a.mailGid);
  await writeFile(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}:${a.mailUid}:${a.mailGid}::${home}::\n`, { mode: 0o644 });

  let launched: { child: ChildProcess; port: number };
  try {
    launched = await launch(dir, a);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const { child, port } = launched;

  const append = async (raw: Buffer | string, mailbox = 'INBOX') => {
    const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, doSTARTTLS: false, auth: { user, pass: password }, logger: false });
    await client.connect();
    try {
      if (mailbox !== 'INBOX') await client.mailboxCreate(mailbox).catch(() => undefined);
      const res = await client.append(mailbox, raw);
      if (!res) throw new Error(`APPEND to ${mailbox} was refused`);
    } finally {
      await client.logout().catch(() => client.close());
    }
  };

  const kick = () =>
    new Promise<void>((resolve, reject) => {
      execFile('/usr/bin/doveadm', ['-c', path.join(dir, 'dovecot.conf'), 'kick', user], (err, _out, stderr) =>
        err ? reject(new Error(`doveadm kick failed: ${stderr}`)) : resolve(),
      );
    });

  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    append,
    kick,
    async stop() {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
