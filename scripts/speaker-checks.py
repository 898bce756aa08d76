#!/usr/bin/env python3
"""BBC speaker checks of issue 11: pronoun names, glued titles, top ten of the recipe.
usage: scripts/speaker-checks.py QUOTES.jsonl REPO_DIR
  QUOTES.jsonl: `quotewire --emit quotes` output (say, of ../shared/corpus/bbc.jsonl)
  REPO_DIR: a checkout (its gazetteers/ give the title, party, opener and post-nominal words)
A glued title: a person name whose first word is a title, party or opener word, or whose
last word is a post-nominal in capitals (Tory Dominic Grieve, Paul Boateng MP)."""
import json, sys, collections, re
quotes, repo = sys.argv[1], sys.argv[2]
def section(name):
    out, on = set(), False
    for line in open(f"{repo}/gazetteers/speaker-words.txt"):
        line = line.strip()
        if line.startswith('['):
            on = line == f'[{name}]'
        elif on and line and not line.startswith('#'):
            out.add(line.lower())
    return out
titles = set()
for line in open(f"{repo}/gazetteers/titles.txt"):
    line = line.strip()
    if line and not line.startswith('#'):
        titles.add(line.split()[0].lower().rstrip('.'))
party, post, opener = section('party'), section('postnominal'), section('opener')
pronouns = {'he','she','it','they','we','i','you','him','her','them','who'}  # 'US' is the country
n = attributed = pron = glued = 0
names = collections.Counter()
examples = []
for line in open(quotes):
    q = json.loads(line)
    n += 1
    s = q.get('speaker')
    if not s or not s.get('name'):
        continue
    attributed += 1
    name = s['name']
    if name.lower() in pronouns:
        pron += 1
    words = name.split()
    if s.get('type') == 'person' and len(words) > 1:
        first = words[0].lower().rstrip('.')
        last = words[-1].lower()
        if (words[0][0].isupper() and (first in titles or first in party or first in opener)) or (last in post and words[-1].isupper()):
            glued += 1
            if len(examples) < 15: examples.append(name)
    if s.get('type') == 'person':  # the README recipe: speaker.type == "person"
        names[name] += 1
print(f"records {n}, with a speaker name {attributed}")
print(f"pronoun names: {pron}")
print(f"person names with a glued title/party/opener: {glued} of {attributed} ({100*glued/max(attributed,1):.2f}%)")
print("  e.g.", examples)
print("recipe top ten (type person):", names.most_common(10))
