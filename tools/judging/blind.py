"""What draw_sample.py and draw_changes.py share: reading the texts named LABEL=PATH, running one build of the CLI over them,
and writing a mention as a row of the judge's blind file (the mention marked 【thus】 inside 80 characters either side).
Issue 13 (tools/judging/README.md)."""
import json
import os
import subprocess

HEADER = "id\tfile\tstart\tend\tkind\tsubtype\tsurface\tcanonical\tcontext\n"


def read_texts(pairs):
    """LABEL=PATH pairs → (label of each document name the CLI reports, paths, text of each label)."""
    labels, paths, texts = {}, [], {}
    for pair in pairs:
        label, path = pair.split("=", 1)
        labels[os.path.splitext(os.path.basename(path))[0]] = label
        paths.append(path)
        with open(path, encoding="utf-8") as f:
            texts[label] = f.read()
    return labels, paths, texts


def label_of(labels, doc):
    """The label of the file a document came from: a page the CLI splits into articles names them FILE#1, FILE#2, … (the
    offsets stay offsets into the file)."""
    return labels[doc.split("#", 1)[0]]


def extract(cli, paths):
    """Every mention the build at CLI reports over PATHS, as the CLI's JSON objects."""
    run = subprocess.run(["dotnet", cli, "extract", "-f", "jsonl", "--context", "0", *paths], check=True, capture_output=True, text=True)
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def row(i, label, text, m):
    """One row of the blind file for mention M of the text TEXT named LABEL."""
    s, e = m["start"], m["end"]
    context = (text[max(0, s - 80):s] + "【" + text[s:e] + "】" + text[e:e + 80]).replace("\r", "").replace("\n", "⏎").replace("\t", " ")
    # The surface is the text's own characters less its line-break characters, as JudgedMentionTests reads it against the text
    # (the CLI's surface, the file's characters too, also drops the blanks around a layout break).
    surface = text[s:e].replace("\r", "").replace("\n", "").strip()
    return f"{i}\t{label}\t{s}\t{e}\t{m['kind']}\t{m.get('subtype', '')}\t{surface}\t{m['canonical']}\t{context}\n"


def write_drawn(blind_path, mapping, drawn, texts, first_column):
    """Writes mentions drawn over judged rows for a blind judge: DRAWN maps (label, start, end, kind) to (mention, judged file,
    judged row). BLIND_PATH gets the judge's rows (nothing of the first verdict); MAPPING, for the lead, each id's first judged
    file, first verdict and the judged row's FIRST_COLUMN (its surface or canonical)."""
    with open(blind_path, "w", encoding="utf-8") as b, open(mapping, "w", encoding="utf-8") as out:
        b.write(HEADER)
        out.write(f"id\tfirst_file\tfirst_verdict\tfirst_{first_column}\n")
        for i, (key, (m, name, judged)) in enumerate(sorted(drawn.items()), 1):
            b.write(row(i, key[0], texts[key[0]], m))
            out.write(f"{i}\t{name}\t{judged['verdict']}\t{judged[first_column]}\n")
