#!/usr/bin/env python3
# A seeded random sample of attributed quotations, each with its speaker record and the
# text around it, for judging speakers by hand.
# usage: scripts/sample-quotes.py QUOTES.jsonl ARTICLES.jsonl SEED N
#   QUOTES.jsonl   `quotewire ARTICLES.jsonl --emit quotes` output
#   ARTICLES.jsonl the input articles (fields id, text)
import json,random,sys
qs=[json.loads(l) for l in open(sys.argv[1])]
qs=[q for q in qs if q['speaker']]
arts={}
for l in open(sys.argv[2]):
    a=json.loads(l); arts[str(a['id'])]=a['text']
random.seed(int(sys.argv[3]))
for i,q in enumerate(random.sample(qs,int(sys.argv[4]))):
    t=arts[str(q['article'])]; sp=q['speaker']
    lo=max(0,min(q['start'],sp['start'])-160); hi=max(q['end'],sp['end'])+60
    ctx=t[lo:hi].replace('\n',' ¶ ')
    print(f"#{i} NAME={sp['name']!r} TITLE={sp['title']!r} TYPE={sp['type']} MENTION={sp['mention']!r} "
          f"KIND={q['kind']} CUE={q.get('cue')!r} ACT={q.get('act')} Q={q['text'][:50]!r}\n   {ctx[:420]}")
