// Preloaded into smscore's process by the security test: any attempt to reach the network is recorded
// in SMSCORE_NETLOG and refused. smscore must never make one.
const fs = require('node:fs');
const log = (what) => { fs.appendFileSync(process.env.SMSCORE_NETLOG, what + '\n'); return new Error('network access refused by the test: ' + what); };
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const tls = require('node:tls');
net.Socket.prototype.connect = function () { throw log('net.Socket.connect'); };
for (const [mod, names] of [[net, ['connect', 'createConnection']], [tls, ['connect']], [http, ['request', 'get']], [https, ['request', 'get']], [dns, ['lookup', 'resolve', 'resolve4', 'resolve6']]]) {
  for (const name of names) mod[name] = () => { throw log(name); };
}
dns.promises.lookup = async () => { throw log('dns.promises.lookup'); };
globalThis.fetch = async () => { throw log('fetch'); };
