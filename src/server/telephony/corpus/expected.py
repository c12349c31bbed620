#!/usr/bin/env python3
"""
The expected figures of the corpus, worked independently of Lots' importer: written from
docs/metrics.md ("Telephony", "Asterisk CDR", "Queue group") alone, in another language, sharing
no code with it. Writes expected.json, which corpus.test.ts compares with what Lots stores.

  python3 expected.py > expected.json

Scope: all queues together, per day (Europe/Stockholm), short-abandon threshold 0.
"""
import json
import re
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

ZONE = ZoneInfo('Europe/Stockholm')
FIELDS16 = ['accountcode', 'src', 'dst', 'dcontext', 'clid', 'channel', 'dstchannel', 'lastapp',
            'lastdata', 'start', 'answer', 'end', 'duration', 'billsec', 'disposition', 'amaflags']
NEW = ['peeraccount', 'linkedid', 'sequence']
DISPOSITIONS = {'ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION', 'CANCEL', 'UNKNOWN'}
UNIQUEID = re.compile(r'^(?:[A-Za-z0-9_.-]+-)?\d{9,11}\.\d+$')
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$')
# Header names compared without case, spaces, dots, dashes or underscores; the Grandstream UCM's
# labels (docs/metrics.md, "Asterisk CDR") mapped to cdr_csv's fields.
ALIASES = {'calldate': 'start', 'starttime': 'start', 'answertime': 'answer', 'endtime': 'end',
           'callernumber': 'src', 'calleenumber': 'dst', 'context': 'dcontext', 'calleridnumber': 'clid',
           'sourcechannel': 'channel', 'destchannel': 'dstchannel', 'lastdate': 'lastdata',
           'calltime': 'duration', 'talktime': 'billsec', 'loguserfield': 'userfield'}


def compact(name):
    return re.sub(r'[\s._-]+', '', name.strip().lower())


def split(line):
    out, cur, q, i = [], '', False, 0
    while i < len(line):
        c = line[i]
        if q:
            if c == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur += '"'; i += 1
            elif c == '"':
                q = False
            else:
                cur += c
        elif c == '"':
            q = True
        elif c == ',':
            out.append(cur); cur = ''
        else:
            cur += c
        i += 1
    out.append(cur)
    return out


def local_epoch(text):
    return datetime.strptime(text.strip()[:19], '%Y-%m-%d %H:%M:%S').replace(tzinfo=ZONE).timestamp()


def day_of(epoch):
    return datetime.fromtimestamp(epoch, ZONE).strftime('%Y-%m-%d')


def cdr_segments(text):
    """Queued calls (segments) of a CDR file, or ('refused', reason)."""
    lines = [l.rstrip('\r') for l in text.split('\n') if l.strip() != '']
    rows = [split(l) for l in lines]
    header = rows[0]
    names = [ALIASES.get(compact(h), compact(h)) for h in header]
    if 'lastapp' in names and not any(DATE.match(c.strip()) for c in header):
        cols, rows = names, rows[1:]
    else:
        n = len(rows[0])
        seventeenth = None
        if n in (17, 20):
            shapes = {bool(UNIQUEID.match(r[16].strip())) for r in rows[:500] if len(r) == n}
            if len(shapes) > 1:
                return 'refused', 'uniqueid or userfield'
            seventeenth = 'uniqueid' if shapes == {True} else 'userfield'
        sets = {16: FIELDS16, 17: FIELDS16 + [seventeenth], 18: FIELDS16 + ['uniqueid', 'userfield'],
                19: FIELDS16 + NEW, 20: FIELDS16 + [seventeenth] + NEW,
                21: FIELDS16 + ['uniqueid', 'userfield'] + NEW}
        if n not in sets:
            return 'refused', 'column count'
        cols = sets[n]
        sample = [r for r in rows[:500] if len(r) == n]
        if not any(r[cols.index('disposition')].strip() in DISPOSITIONS for r in sample) or \
           not any(DATE.match(r[cols.index('start')].strip()) for r in sample):
            return 'refused', 'not the cdr_csv layout'
    if any(len(r) != len(cols) for r in rows):
        return 'refused', 'a row of another width'
    calls = {}
    skipped = 0
    order = []
    for r in rows:
        v = dict(zip(cols, r))
        if v['lastapp'].strip().lower() != 'queue' or v['disposition'].strip() in ('FAILED', 'CONGESTION', 'UNKNOWN'):
            skipped += 1
            continue
        queue = v['lastdata'].split(',')[0].strip()
        start = local_epoch(v['start'])
        duration, billsec = int(v['duration']), int(v['billsec'])
        end = local_epoch(v['end']) if v.get('end', '').strip() else start + duration
        ident = (v.get('uniqueid') or '').strip() or (v.get('linkedid') or '').strip()
        key = (ident or 'ch:' + v['channel'], queue)
        c = calls.get(key)
        if c and not ident and start > c['last_end']:
            order.append(c); c = None  # the channel's next call
        if not c:
            c = {'id': ident or f"{v['channel']}@{int(start)}", 'queue': queue, 'first': start, 'last_end': end,
                 'answer': None, 'talk': 0}
            calls[key] = c
        c['first'] = min(c['first'], start)
        c['last_end'] = max(c['last_end'], end)
        if v['disposition'].strip() == 'ANSWERED' and v['dstchannel'].strip():
            a = local_epoch(v['answer']) if v.get('answer', '').strip() else start + duration - billsec
            c['answer'] = a if c['answer'] is None else min(c['answer'], a)
            c['talk'] = max(c['talk'], billsec)
    order.extend(calls.values())
    segments = []
    for c in order:
        answered = c['answer'] is not None
        segments.append({'callid': c['id'], 'queue': c['queue'], 'entered': c['first'], 'ended': c['last_end'],
                         'outcome': 'answered' if answered else 'abandoned',
                         'wait': round((c['answer'] if answered else c['last_end']) - c['first']),
                         'talk': c['talk'] if answered else 0})
    return segments, {'calls': len(segments), 'skipped': skipped}


TURNED_AWAY = {'FULL', 'JOINEMPTY', 'JOINUNAVAIL', 'CLOSED', 'DIVERT_CA_RATIO', 'DIVERT_HOLDTIME'}


def hold_and_talk(event, data):
    """holdtime and calltime of an answered call's end (queue_log.md): COMPLETE* hold|talk;
    (BLIND)TRANSFER exten|context|hold|talk; ATTENDEDTRANSFER BRIDGE|id or APP|app, then hold|talk,
    LINK|chan1|chan2|hold|talk."""
    if event in ('COMPLETECALLER', 'COMPLETEAGENT'):
        return data[0], data[1]
    if event == 'ATTENDEDTRANSFER' and data[0] == 'LINK':
        return data[3], data[4]
    return data[2], data[3]


def queue_log_segments(text):
    open_, segments, turned = {}, [], []
    consults = {}  # consult callid -> the caller's callid (an ATTENDEDTRANSFER under the consult call)
    for line in text.split('\n'):
        if not line.strip():
            continue
        t, callid, queue, agent, event, *data = line.split('|')
        # Whole or fractional epoch seconds, or a local date and time (the realtime backend).
        t = int(float(t)) if re.match(r'^\d+(\.\d+)?$', t) else int(local_epoch(t))
        data += [''] * 5
        key = (callid, queue)
        if event in TURNED_AWAY and callid not in ('NONE', 'REALTIME', 'MANAGER', 'CLI') and queue != 'NONE':
            turned.append({'callid': callid, 'queue': queue, 'at': t})
            continue
        if event == 'ENTERQUEUE':
            open_[key] = {'callid': callid, 'queue': queue, 'entered': int(t), 'outcome': None, 'wait': 0, 'talk': 0}
            continue
        if key not in open_ and event == 'ATTENDEDTRANSFER':
            # Logged under the consult call: it ends the caller's call answered by the same member there.
            mine = [k for k, s in open_.items() if k[1] == queue and s.get('agent') == agent]
            if len(mine) == 1:
                s = open_.pop(mine[0])
                s['outcome'] = 'answered'; s['talk'] = int(hold_and_talk(event, data)[1])
                segments.append(s)
                consults[callid] = s['callid']
            continue
        if key not in open_ and event in ('CONNECT', 'COMPLETECALLER', 'COMPLETEAGENT') and \
                any(s['callid'] == callid for s in segments + list(open_.values())):
            # Transferred into this queue under the original callid, with no ENTERQUEUE here: the
            # call here entered at the event minus its holdtime (and talk); the consult call's entry
            # here, if the transfer named it, is this caller's.
            talk = int(data[1]) if event != 'CONNECT' else 0
            entered = t - int(data[0]) - talk
            for k in [k for k in open_ if k[1] == queue and consults.get(k[0]) == callid]:
                entered = min(entered, open_.pop(k)['entered'])
            open_[key] = {'callid': callid, 'queue': queue, 'entered': entered, 'outcome': None, 'wait': 0, 'talk': 0}
        if key not in open_:
            continue
        if event == 'CONNECT':
            open_[key]['outcome'] = 'answered'; open_[key]['wait'] = int(data[0]); open_[key]['agent'] = agent
        elif event in ('COMPLETECALLER', 'COMPLETEAGENT', 'BLINDTRANSFER', 'TRANSFER', 'ATTENDEDTRANSFER'):
            s = open_.pop(key)
            hold, talk = hold_and_talk(event, data)
            if not s['outcome']:
                s['wait'] = int(hold)
            s['outcome'] = 'answered'; s['talk'] = int(talk or 0)
            segments.append(s)
        elif event in ('ABANDON', 'EXITWITHTIMEOUT', 'EXITWITHKEY', 'EXITEMPTY'):
            s = open_.pop(key)
            s['outcome'] = {'ABANDON': 'abandoned', 'EXITWITHTIMEOUT': 'timeout', 'EXITWITHKEY': 'exit_key',
                            'EXITEMPTY': 'exit_empty'}[event]
            s['wait'] = int(data[2] if event != 'EXITWITHKEY' else data[3] or 0)
            segments.append(s)
    return segments, {'calls': len(segments), 'skipped': 0}, turned


def day_figures(segments, turned=()):
    """The queue-group rule over all queues: answered if any segment was; waits up to the first answer."""
    by_call = defaultdict(list)
    for s in segments:
        by_call[s['callid']].append(s)
    days = defaultdict(lambda: {'offered': 0, 'answered': 0, 'abandoned': 0, 'timeout': 0,
                                'answered_wait_seconds': 0, 'abandoned_wait_seconds': 0, 'talk_seconds': 0,
                                'turned_away': 0})
    # Callers turned away: each callid once, on the day of its first such event, unless it entered a queue.
    first_turned = {}
    for t in turned:
        if t['callid'] not in by_call:
            first_turned[t['callid']] = min(first_turned.get(t['callid'], t['at']), t['at'])
    for at in first_turned.values():
        days[day_of(at)]['turned_away'] += 1
    for segs in by_call.values():
        segs.sort(key=lambda s: s['entered'])
        answered = [s for s in segs if s['outcome'] == 'answered']
        d = days[day_of(segs[0]['entered'])]
        d['offered'] += 1
        if answered:
            d['answered'] += 1
            d['answered_wait_seconds'] += sum(s['wait'] for s in segs if s['entered'] <= answered[0]['entered'])
            d['talk_seconds'] += sum(s['talk'] for s in answered)
        else:
            outcome = segs[-1]['outcome']
            if outcome in d:
                d[outcome] += 1
            if outcome == 'abandoned':
                d['abandoned_wait_seconds'] += sum(s['wait'] for s in segs)
    out = []
    for day in sorted(days):
        d = days[day]
        d['availability'] = round(d['answered'] / d['offered'], 4) if d['offered'] else None
        d['mean_wait_answered'] = round(d['answered_wait_seconds'] / d['answered'], 1) if d['answered'] else None
        d['mean_wait_abandoned'] = round(d['abandoned_wait_seconds'] / d['abandoned'], 1) if d['abandoned'] else None
        out.append({'day': day, **d})
    return out


FILES = [
    ('mineevburyat-master-21.csv', 'asterisk-cdr'),
    ('mineevburyat-master-21-as-queue.csv', 'asterisk-cdr'),
    ('kelysaina-master-19.csv', 'asterisk-cdr'),
    ('kelysaina-master-19-with-header.csv', 'asterisk-cdr'),
    ('wazo-statcenter-two-queues.queue_log', 'asterisk-queue-log'),
    ('wazo-statcenter-abandoned.queue_log', 'asterisk-queue-log'),
    ('wazo-statcenter-answered.queue_log', 'asterisk-queue-log'),
    ('wazo-statcenter-joinempty.queue_log', 'asterisk-queue-log'),
    ('wazo-statcenter-two-queues-realtime.queue_log', 'asterisk-queue-log'),
    ('wazo-statcenter-abandoned-realtime.queue_log', 'asterisk-queue-log'),
    ('asterisk20-attended-transfer-two-queues.queue_log', 'asterisk-queue-log'),
    ('grandstream-ucm-master-26-ring-all.csv', 'asterisk-cdr'),
    ('wazo-statcenter-agent-transfers.queue_log', 'asterisk-queue-log'),
]

if __name__ == '__main__':
    result = []
    for name, fmt in FILES:
        text = open(name, encoding='utf-8').read()
        read = cdr_segments(text) if fmt == 'asterisk-cdr' else queue_log_segments(text)
        if read[0] == 'refused':
            result.append({'file': name, 'format': fmt, 'refused': read[1]})
            continue
        segments, counts, *rest = read
        result.append({'file': name, 'format': fmt, **counts, 'days': day_figures(segments, *rest)})
    print(json.dumps(result, indent=2))
