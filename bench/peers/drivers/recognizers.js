// Peer driver: Microsoft Recognizers-Text (Chinese models), timed per line or extracting the seed.
// SPDX-License-Identifier: MIT
//
//   node recognizers.js all|number time INPUT WARMUP
//   node recognizers.js all|number extract SEED
//
// "all" runs every model the suite registers for zh-cn; "number" only the number model.
'use strict';

const { requirePeer, codePoints, main } = require('./common');

const zh = 'zh-cn';
const N = requirePeer('@microsoft/recognizers-text-number');

// Models are built once: the suite's recognizeX() helpers build a recognizer per call,
// which would time regex compilation rather than recognition.
function numberModels() {
    return { number: new N.NumberRecognizer(zh).getNumberModel(zh, false) };
}

function allModels() {
    const U = requirePeer('@microsoft/recognizers-text-number-with-unit');
    const D = requirePeer('@microsoft/recognizers-text-date-time');
    const C = requirePeer('@microsoft/recognizers-text-choice');
    const S = requirePeer('@microsoft/recognizers-text-sequence');
    const n = new N.NumberRecognizer(zh);
    const u = new U.NumberWithUnitRecognizer(zh);
    const s = new S.SequenceRecognizer(zh);
    return {
        number: n.getNumberModel(zh, false),
        ordinal: n.getOrdinalModel(zh, false),
        percentage: n.getPercentageModel(zh, false),
        age: u.getAgeModel(zh, false),
        currency: u.getCurrencyModel(zh, false),
        dimension: u.getDimensionModel(zh, false),
        temperature: u.getTemperatureModel(zh, false),
        datetime: new D.DateTimeRecognizer(zh).getDateTimeModel(zh, false),
        boolean: new C.ChoiceRecognizer(zh).getBooleanModel(zh, false),
        // Mention, hashtag, e-mail and GUID models exist only for English.
        phone: s.getPhoneNumberModel(zh, false),
        ip: s.getIpAddressModel(zh, false),
        url: s.getURLModel(zh, false),
    };
}

// What a result says about value and unit. Only the percentage and number-with-unit models
// attach a unit; number and ordinal give a bare value; the rest give neither.
function valueAndUnit(model, r) {
    const res = r.resolution || {};
    const num = (v) => (v === null || v === undefined || v === '' ? null : Number(v));
    switch (model) {
        case 'percentage':
            return { value: num(String(res.value).replace('%', '')), unit: '%' };
        case 'age': case 'currency': case 'dimension': case 'temperature':
            return { value: num(res.value), unit: res.unit || '' };
        case 'number': case 'ordinal':
            return { value: num(res.value), unit: '' };
        default:
            return { value: null, unit: '' };
    }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode !== 'all' && mode !== 'number') {
    process.stderr.write('usage: recognizers.js all|number time INPUT WARMUP | extract SEED\n');
    process.exit(2);
}
const models = Object.entries(mode === 'all' ? allModels() : numberModels());

function feed(line) {
    const out = [];
    for (const [, m] of models) for (const r of m.parse(line)) out.push(r);
    return out;
}

function emit(line, lineStart) {
    const recs = [];
    for (const [name, m] of models) {
        for (const r of m.parse(line)) {
            const { value, unit } = valueAndUnit(name, r);
            recs.push({
                start: lineStart + codePoints(line, r.start),
                end: lineStart + codePoints(line, r.end + 1),  // Recognizers' end is inclusive
                text: r.text, value, unit, model: name,
            });
        }
    }
    return recs;
}

main(rest, feed, emit);
