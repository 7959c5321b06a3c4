// Peer driver: @node-rs/jieba part-of-speech tagging, timed per line or tokenising the seed.
// SPDX-License-Identifier: MIT
//
//   node node_jieba.js time INPUT WARMUP
//   node node_jieba.js extract SEED      (tokens; score.py pairs numerals with classifiers)
'use strict';

const { requirePeer, codePoints, main } = require('./common');

const { Jieba } = requirePeer('@node-rs/jieba');
const { dict } = requirePeer('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);

// HMM on, as in Python jieba's posseg default, so both jiebas do the same work.
const feed = (line) => jieba.tag(line, true);

function emit(line, lineStart) {
    const recs = [];
    let at = 0;  // UTF-16 index in line
    for (const t of jieba.tag(line, true)) {
        // Tokens tile the line; search anyway in case a token was normalised.
        const i = line.indexOf(t.word, at);
        const s = i < 0 ? at : i;
        const e = s + t.word.length;
        recs.push({
            start: lineStart + codePoints(line, s),
            end: lineStart + codePoints(line, e),
            text: t.word,
            tag: t.tag,
        });
        at = e;
    }
    return recs;
}

main(process.argv.slice(2), feed, emit);
