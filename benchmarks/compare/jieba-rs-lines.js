// jieba-rs (through @node-rs/jieba) doing what `policylens tokenize --format lines` does: read a UTF-8 file,
// cut it in accurate mode with the HMM, print one token a line escaped like the reference files.
const fs = require('fs');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

const jieba = Jieba.withDict(dict);
const text = fs.readFileSync(process.argv[2], 'utf8');
const escape = (t) => t.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
const out = jieba.cut(text, true).map(escape);
out.push('');
fs.writeSync(1, out.join('\n'));
