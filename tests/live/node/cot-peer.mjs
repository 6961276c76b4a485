// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// An independent Cursor on Target peer for Trilink's live tests: every event it sends is built, and every
// event it receives is parsed and schema-validated, by the TAK community's node-cot (@tak-ps/node-cot), not
// by Trilink's code. Loopback only: it refuses any address that is not 127.0.0.1 or a 239.x multicast group
// joined on the loopback interface.
//
//   node cot-peer.mjs send URL EVENTS.json [--encoding xml|xml-bare|mesh|stream] [--chunk N] [--gap-ms MS]
//       URL udp://127.0.0.1:PORT, udp://239.x.y.z:PORT (multicast out of 127.0.0.1) or tcp://127.0.0.1:PORT.
//       Sends each event of EVENTS.json ([{uid, type, how, time, stale, lat, lon, hae, callsign, course,
//       speed, remarks, group, role, partners, sensor}, ...]) in order: XML with a declaration (xml), XML
//       without one (xml-bare), TAK mesh protobuf 0xbf 0x01 0xbf (mesh) or TAK stream protobuf 0xbf <len>
//       (stream). On TCP the bytes go out in writes of N bytes (--chunk, default 7: messages split across
//       packets). Prints "SENT n".
//   node cot-peer.mjs receive URL COUNT OUT.json [--timeout-ms MS]
//       URL udp://127.0.0.1:0, udp://239.x.y.z:PORT or tcp://127.0.0.1:0 (0: any free port). Prints
//       "LISTENING port", then receives until COUNT events arrived or the timeout; writes OUT.json
//       {events: [...], errors: [...]}, each event as node-cot read it. Exit 0 when COUNT valid events came.
//   node cot-peer.mjs read FILE OUT.json
//       Reads a CoT file as TAK tools read a capture: split after each "</event>" (the way TAK Server splits a
//       stream), each piece parsed and schema-validated by node-cot. Writes OUT.json {events, errors}, each
//       event as node-cot read it plus the names of its <detail> children. Exit 0 when there were no errors.
//   node cot-peer.mjs encode EVENTS.json OUTDIR
//       Writes each event as OUTDIR/N.xml, N.mesh and N.stream (fixtures for Trilink's parser tests).
import CoT, { CoTParser } from '@tak-ps/node-cot';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const [, , command, ...args] = process.argv;
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
};

function endpoint(url) {
    const m = /^(udp|tcp):\/\/([0-9.]+):(\d+)$/.exec(url);
    if (!m) throw new Error(`not a udp:// or tcp:// URL: ${url}`);
    const [, proto, host, port] = m;
    const multicast = /^239\./.test(host);
    if (host !== '127.0.0.1' && !(multicast && proto === 'udp')) throw new Error(`loopback only: ${host}`);
    return { proto, host, port: Number(port), multicast };
}

// Builds the event through node-cot's own model, so what goes on the wire is node-cot's encoding.
function build(e) {
    const detail = {};
    if (e.callsign) detail.contact = { _attributes: { callsign: e.callsign } };
    if (e.group) detail.__group = { _attributes: { name: e.group, role: e.role ?? 'Team Member' } };
    if (e.course !== undefined) detail.track = { _attributes: { course: String(e.course), speed: String(e.speed ?? 0) } };
    if (e.remarks) detail.remarks = { _text: e.remarks };
    if (e.partners !== undefined || e.sensor) {
        const a = {};
        if (e.partners !== undefined) a.partners = e.partners;
        if (e.sensor) a.sensor = e.sensor;
        detail.trilink = { _attributes: a };
    }
    const cot = new CoT({
        event: {
            _attributes: { version: '2.0', uid: e.uid, type: e.type, how: e.how ?? 'm-g', time: e.time, start: e.start ?? e.time, stale: e.stale },
            point: { _attributes: { lat: e.lat, lon: e.lon, hae: e.hae ?? 9999999.0, ce: e.ce ?? 9999999.0, le: e.le ?? 9999999.0 } },
            detail,
        },
    });
    return CoTParser.validate(cot, { flow: false });
}

function varint(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n = Math.floor(n / 128);
        if (n) b |= 0x80;
        out.push(b);
    } while (n);
    return Buffer.from(out);
}

async function encodeOne(cot, encoding) {
    if (encoding === 'xml') return Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${CoTParser.to_xml(cot)}`);
    if (encoding === 'xml-bare') return Buffer.from(CoTParser.to_xml(cot));
    const payload = Buffer.from(await CoTParser.to_proto(cot));
    if (encoding === 'mesh') return Buffer.concat([Buffer.from([0xbf, 0x01, 0xbf]), payload]);
    if (encoding === 'stream') return Buffer.concat([Buffer.from([0xbf]), varint(payload.length), payload]);
    throw new Error(`unknown encoding ${encoding}`);
}

async function send(url, file) {
    const to = endpoint(url);
    const encoding = option('--encoding', 'xml');
    const chunk = Number(option('--chunk', '7'));
    const gap = Number(option('--gap-ms', '2'));
    const events = JSON.parse(fs.readFileSync(file, 'utf8'));
    const messages = [];
    for (const e of events) messages.push(await encodeOne(build(e), encoding));
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    if (to.proto === 'udp') {
        const s = dgram.createSocket('udp4');
        await new Promise((r) => s.bind(0, '127.0.0.1', r));
        if (to.multicast) {
            s.setMulticastInterface('127.0.0.1');
            s.setMulticastLoopback(true);
        }
        for (const m of messages) {
            await new Promise((r, j) => s.send(m, to.port, to.host, (err) => (err ? j(err) : r())));
            await pause(gap);
        }
        s.close();
    } else {
        const all = Buffer.concat(messages);
        const s = net.connect(to.port, to.host);
        await new Promise((r, j) => { s.once('connect', r); s.once('error', j); });
        for (let i = 0; i < all.length; i += chunk) {
            s.write(all.subarray(i, i + chunk));
            if (gap) await pause(gap > 1 ? 1 : gap);
        }
        await new Promise((r) => s.end(r));
    }
    console.log(`SENT ${messages.length}`);
}

// What the test compares with the track Trilink sent: node-cot's reading of each event.
async function describe(cot, encoding) {
    const a = cot.raw.event._attributes;
    const p = cot.raw.event.point._attributes;
    const d = cot.raw.event.detail ?? {};
    const g = await CoTParser.to_geojson(cot);
    return {
        encoding, uid: a.uid, type: a.type, how: a.how, opex: a.opex, time: a.time, start: a.start, stale: a.stale,
        lat: Number(p.lat), lon: Number(p.lon), hae: Number(p.hae), ce: Number(p.ce), le: Number(p.le),
        callsign: g.properties.callsign, course: g.properties.course, speed: g.properties.speed,
        remarks: g.properties.remarks, trilink: d.trilink ? d.trilink._attributes : null,
    };
}

async function receive(url, count, out) {
    const from = endpoint(url);
    const timeout = Number(option('--timeout-ms', '20000'));
    const events = [];
    const errors = [];
    let done;
    const finished = new Promise((r) => { done = r; });
    const take = async (bytes, how) => {
        try {
            let cot;
            if (bytes[0] === 0xbf && bytes[1] === 0x01 && bytes[2] === 0xbf) cot = await CoTParser.from_proto(bytes.subarray(3));
            else if (how === 'stream-proto') cot = await CoTParser.from_proto(bytes);
            else cot = CoTParser.from_xml(bytes.toString('utf8'));
            events.push(await describe(cot, how));
        } catch (err) {
            errors.push(`${how}: ${err.message}: ${bytes.subarray(0, 200).toString('hex')}`);
        }
        if (events.length >= count) done();
    };
    let close;
    if (from.proto === 'udp') {
        const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
        s.on('message', (m) => take(m, m[0] === 0xbf ? 'mesh' : 'xml'));
        await new Promise((r) => s.bind(from.port, from.multicast ? from.host : '127.0.0.1', r));
        if (from.multicast) s.addMembership(from.host, '127.0.0.1');
        console.log(`LISTENING ${s.address().port}`);
        close = () => s.close();
    } else {
        // A TCP stream split the way TAK Server splits it: after each "</event>", or by the 0xbf length.
        const server = net.createServer((c) => {
            let buf = Buffer.alloc(0);
            c.on('data', (chunk) => {
                buf = Buffer.concat([buf, chunk]);
                for (;;) {
                    while (buf.length && (buf[0] === 0x0a || buf[0] === 0x0d || buf[0] === 0x20)) buf = buf.subarray(1);
                    if (!buf.length) break;
                    if (buf[0] === 0xbf) {
                        let n = 0, shift = 0, i = 1;
                        for (; i < buf.length; ++i) { n += (buf[i] & 0x7f) * 2 ** shift; shift += 7; if (!(buf[i] & 0x80)) break; }
                        if (i >= buf.length || buf.length < i + 1 + n) break;
                        take(buf.subarray(i + 1, i + 1 + n), 'stream-proto');
                        buf = buf.subarray(i + 1 + n);
                        continue;
                    }
                    const end = buf.indexOf('</event>');
                    if (end < 0) break;
                    take(buf.subarray(0, end + 8), 'xml');
                    buf = buf.subarray(end + 8);
                }
            });
        });
        await new Promise((r) => server.listen(from.port, '127.0.0.1', r));
        console.log(`LISTENING ${server.address().port}`);
        close = () => server.close();
        server.unref();
    }
    const timer = setTimeout(done, timeout);
    await finished;
    clearTimeout(timer);
    close();
    fs.writeFileSync(out, JSON.stringify({ events, errors }, null, 1));
    process.exit(events.length >= count && errors.length === 0 ? 0 : 1);
}

async function read(file, out) {
    let text = fs.readFileSync(file, 'utf8');
    const events = [];
    const errors = [];
    for (;;) {
        const end = text.indexOf('</event>');
        if (end < 0) break;
        const piece = text.slice(0, end + 8).trim();
        text = text.slice(end + 8);
        try {
            const cot = CoTParser.validate(CoTParser.from_xml(piece), { flow: false });
            const e = await describe(cot, 'file');
            e.detail = Object.keys(cot.raw.event.detail ?? {});
            e.group = cot.raw.event.detail?.__group?._attributes?.name ?? null;
            events.push(e);
        } catch (err) {
            errors.push(`${err.message}: ${piece.slice(0, 200)}`);
        }
    }
    if (text.trim()) errors.push(`text after the last event: ${text.trim().slice(0, 200)}`);
    fs.writeFileSync(out, JSON.stringify({ events, errors }, null, 1));
    process.exit(errors.length === 0 ? 0 : 1);
}

async function encode(file, dir) {
    const events = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.mkdirSync(dir, { recursive: true });
    let i = 0;
    for (const e of events) {
        const cot = build(e);
        for (const [ext, enc] of [['xml', 'xml'], ['mesh', 'mesh'], ['stream', 'stream']])
            fs.writeFileSync(path.join(dir, `${i}.${ext}`), await encodeOne(cot, enc));
        ++i;
    }
    console.log(`ENCODED ${i}`);
}

try {
    if (command === 'send') await send(args[0], args[1]);
    else if (command === 'receive') await receive(args[0], Number(args[1]), args[2]);
    else if (command === 'encode') await encode(args[0], args[1]);
    else if (command === 'read') await read(args[0], args[1]);
    else throw new Error('usage: cot-peer.mjs send|receive|encode|read ...');
} catch (err) {
    console.error(`cot-peer: ${err.message}`);
    process.exit(2);
}
