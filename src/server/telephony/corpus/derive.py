#!/usr/bin/env python3
"""
Writes the corpus files from their public sources (see README.md), byte for byte where a file is
kept as published, and with the stated changes where it is derived. Run from this folder with the
sources' git mirrors at hand:

  python3 derive.py /path/to/mineevburyat-dj-asterisk-cdr /path/to/KelySaina-cdr /path/to/wazo-acceptance \
      [/path/to/Davronkhuja-call24-get-recordings]

Not run by the tests; kept so that every derived file can be checked against its source.
"""
import csv
import io
import re
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

MINEEV_COMMIT = '57f4c905e8d025ac110e59fd1532dd3d6173996e'
KELY_COMMIT = '2cdb1e5ae8ba878dddbf3f9d8d23278f6a294dfc'
WAZO_COMMIT = 'fb4acf893ba053e81a46a46531553ada49a7c56f'
CALL24_COMMIT = 'c2b74b3bcbb87acf7d38cb4a3980cab68a0bd2fd'


def show(repo, commit, path, encoding='utf-8'):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], check=True,
                          capture_output=True).stdout.decode(encoding)


def raw_fields(line):
    """The fields of a CSV line as written (quotes kept), so unchanged fields stay byte-identical."""
    out, i, n = [], 0, len(line)
    while True:
        if i < n and line[i] == '"':
            j = i + 1
            while True:
                j = line.index('"', j)
                if j + 1 < n and line[j + 1] == '"':
                    j += 2
                    continue
                break
            k = line.find(',', j)
            if k < 0:
                out.append(line[i:]); return out
            out.append(line[i:k]); i = k + 1
        else:
            k = line.find(',', i)
            if k < 0:
                out.append(line[i:]); return out
            out.append(line[i:k]); i = k + 1


def pseudonymise(lines):
    """Caller numbers (src, dst, clid) replaced by 0700000001, 0700000002, ... in order of first sight."""
    names = {}

    def alias(m):
        return names.setdefault(m.group(0), f'0700{len(names) + 1:06d}')

    out = []
    for line in lines:
        f = raw_fields(line)
        f[1] = re.sub(r'\d{6,}', alias, f[1])
        f[2] = re.sub(r'\d{6,}', alias, f[2])
        inner = re.sub(r'\d{6,}', alias, f[4][1:-1].replace('""', '"'))
        f[4] = '"' + inner.replace('"', '""') + '"'
        out.append(','.join(f))
    return out


def mineev(repo):
    # Three caller names hold a byte 0xA5 (a mangled character): read as Latin-1, written as UTF-8.
    lines = show(repo, MINEEV_COMMIT, 'Master.csv', 'latin-1').rstrip('\n').split('\n')
    kept = pseudonymise(lines)
    open('mineevburyat-master-21.csv', 'w').write('\n'.join(kept) + '\n')
    # Derived: the caller's leg of each inbound call (dcontext stadion-pstn, Dial to several phones at
    # once, a row per phone rung, sharing the caller's uniqueid and linkedid) read as a ring-all queue.
    derived = []
    for line in kept:
        f = raw_fields(line)
        if f[3] == '"stadion-pstn"' and f[7] == '"Dial"':
            f[7] = '"Queue"'
            f[8] = '"support,t,,,60"'
        derived.append(','.join(f))
    open('mineevburyat-master-21-as-queue.csv', 'w').write('\n'.join(derived) + '\n')


def kely(repo):
    text = show(repo, KELY_COMMIT, 'Master.csv')
    open('kelysaina-master-19.csv', 'w').write(text)
    header = ('clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,'
              'billsec,disposition,amaflags,accountcode,uniqueid,userfield,sequence\n')
    open('kelysaina-master-19-with-header.csv', 'w').write(header + text)


def wazo(repo):
    """queue_log tables of statcenter_queue.feature as flat queue_log files (epoch seconds, Stockholm)."""
    text = show(repo, WAZO_COMMIT, 'features/archive/statcenter_queue.feature')
    scenarios = {
        'Statistics for calls distributed to two queues': 'wazo-statcenter-two-queues.queue_log',
        'Generate stats for received/abandoned calls': 'wazo-statcenter-abandoned.queue_log',
        'Generate stats for received/answered calls': 'wazo-statcenter-answered.queue_log',
        'Generate stats for received/blocking calls': 'wazo-statcenter-joinempty.queue_log',
    }
    zone = ZoneInfo('Europe/Stockholm')
    for block in text.split('Scenario: ')[1:]:
        name = next((f for t, f in scenarios.items() if block.startswith(t)), None)
        if not name:
            continue
        table = block.split('queue_log entries:')[1].split('Given I clear')[0]
        rows = [[c.strip() for c in l.strip().strip('|').split('|')] for l in table.strip().split('\n')]
        out = []
        for r in rows[1:]:
            t, callid, queue, agent, event, *data = r
            local = datetime.strptime(t, '%Y-%m-%d %H:%M:%S.%f').replace(tzinfo=zone)
            while data and data[-1] == '':
                data.pop()
            out.append('|'.join([str(int(local.timestamp())), callid, queue, agent, event, *data]))
        open(name, 'w').write('\n'.join(out) + '\n')
        # The same table as the realtime (database) backend holds it: its times kept as written.
        if name in ('wazo-statcenter-two-queues.queue_log', 'wazo-statcenter-abandoned.queue_log'):
            realtime = ['|'.join([r[0], *[c for c in r[1:5]], *strip_trailing(r[5:])]) for r in rows[1:]]
            open(name.replace('.queue_log', '-realtime.queue_log'), 'w').write('\n'.join(realtime) + '\n')


def call24(repo):
    """A Grandstream UCM's 26-column CDR export with a header (Asterisk underneath): its phone
    numbers (6 to 12 digits standing alone, outside the channel and uniqueid columns) replaced by
    0700000001... in order of first sight, and the names in Caller Name and inside the CallerID
    quotes by `Namn 1`...; CRLF line ends and quoting kept (the csv module writes them back byte
    for byte when nothing changed)."""
    text = show(repo, CALL24_COMMIT, 'data/Master.csv')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    numbers, names = {}, {}
    number = re.compile(r'(?<![\w.])\d{6,12}(?![\w.])')

    def alias(m):
        return numbers.setdefault(m.group(0), f'0700{len(numbers) + 1:06d}')

    def name(n):
        return n if n == '' else names.setdefault(n, f'Namn {len(names) + 1}')

    keep = {5, 6, 9, 10, 11, 12, 13, 16}  # channels, times, durations, uniqueid
    for r in rows[1:]:
        m = re.match(r'^"(.*)" <(.*)>$', r[4])
        if m:
            r[4] = f'"{name(m.group(1))}" <{m.group(2)}>'
        r[19] = name(r[19])
        for i, v in enumerate(r):
            if i not in keep:
                r[i] = number.sub(alias, v)
    out = io.StringIO()
    csv.writer(out, lineterminator='\r\n').writerows(rows)
    open('grandstream-ucm-master-26-ring-all.csv', 'w', newline='').write(out.getvalue())


def wazo_transfers(repo):
    """The queue_log table of statcenter_agent.feature's "Generate stats for total conversation time"
    (TRANSFER, BLINDTRANSFER, ATTENDEDTRANSFER BRIDGE and LINK) as the realtime backend holds it: its
    times as written, its fields joined by |, the table's escaped `\\|` in data5 kept as the | it is."""
    text = show(repo, WAZO_COMMIT, 'features/archive/statcenter_agent.feature')
    block = text.split('Scenario: Generate stats for total conversation time')[1]
    table = block.split('queue_log entries:')[1].split('Given I clear')[0]
    out = []
    for l in table.strip().split('\n')[1:]:
        cells = [c.strip().replace('\\|', '|') for c in re.split(r'(?<!\\)\|', l.strip().strip('|'))]
        out.append('|'.join([*cells[:5], *strip_trailing(cells[5:])]))
    open('wazo-statcenter-agent-transfers.queue_log', 'w').write('\n'.join(out) + '\n')


def strip_trailing(data):
    data = list(data)
    while data and data[-1] == '':
        data.pop()
    return data


if __name__ == '__main__':
    mineev(sys.argv[1])
    kely(sys.argv[2])
    wazo(sys.argv[3])
    wazo_transfers(sys.argv[3])
    if len(sys.argv) > 4:
        call24(sys.argv[4])
