// Shared harness of the Node peer drivers: warm-up, timed line-by-line pass, offsets.
// SPDX-License-Identifier: MIT
'use strict';

const fs = require('fs');
const path = require('path');

// Peers live in bench/peers/node_modules, not in a global or project-wide folder.
function requirePeer(name) {
    return require(path.join(__dirname, '..', 'node_modules', name));
}

// Lines as the peers get them: split on LF only, so that offsets add up to the file's.
function readLines(file) {
    return fs.readFileSync(file, 'utf8').split('\n');
}

// Warm-up: passes over WARMUP until this many seconds went by. One pass over the 18 KB seed
// left V8 still optimising well into the timed pass (the first 200 KB ran at a third of
// the speed of the whole 2 MB), so the warm-up is by time, not by size.
const WARMUP_SECONDS = 2;

// `time INPUT WARMUP`: untimed passes over WARMUP (JIT, lazy tables, dictionaries), then
// one timed pass over INPUT; prints the seconds of the timed pass only. `found` is printed
// so that no engine can drop the work as unused.
function timeCommand(feed, input, warmup) {
    const warmLines = readLines(warmup);
    const w0 = process.hrtime.bigint();
    do {
        for (const line of warmLines) feed(line);
    } while (Number(process.hrtime.bigint() - w0) / 1e9 < WARMUP_SECONDS);
    const lines = readLines(input);
    const bytes = fs.statSync(input).size;
    let found = 0;
    const t0 = process.hrtime.bigint();
    for (const line of lines) found += feed(line).length;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stdout.write(JSON.stringify({ seconds, bytes, lines: lines.length, found }) + '\n');
}

// Code points of s[0, utf16Index): the scorer counts in code points, JS strings in UTF-16.
function codePoints(s, utf16Index) {
    let n = 0;
    for (let i = 0; i < utf16Index; ++i) {
        const c = s.charCodeAt(i);
        if (c < 0xdc00 || c > 0xdfff) ++n;  // a low surrogate completes the previous one
    }
    return n;
}

// `extract SEED`: every record of emit(line, lineStart) as one JSON line; lineStart is the
// code-point offset of the line in the file.
function extractCommand(emit, seed) {
    let lineStart = 0;
    for (const line of readLines(seed)) {
        for (const rec of emit(line, lineStart)) process.stdout.write(JSON.stringify(rec) + '\n');
        lineStart += codePoints(line, line.length) + 1;  // + the LF
    }
}

// args: the command line after the driver's own arguments.
function main(args, feed, emit) {
    const [cmd, a, b] = args;
    if (cmd === 'time' && a && b) return timeCommand(feed, a, b);
    if (cmd === 'extract' && a) return extractCommand(emit, a);
    const me = path.basename(process.argv[1]);
    process.stderr.write(`usage: ${me} ... time INPUT WARMUP | extract SEED\n`);
    process.exit(2);
}

module.exports = { requirePeer, codePoints, main };
