# Peer driver: jieba posseg (Debian python3-jieba), timed per line or tokenising the seed.
# SPDX-License-Identifier: MIT
#
#   /usr/bin/python3 jieba_posseg.py time INPUT WARMUP
#   /usr/bin/python3 jieba_posseg.py extract SEED   (tokens; score.py finds the quantities)
#
# Run with Debian's /usr/bin/python3: python3-jieba is installed for that interpreter only.
import logging
import os
import sys

import jieba
import jieba.posseg as pseg

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import main  # noqa: E402

jieba.setLogLevel(logging.WARNING)


def feed(line):
    # cut() is a generator: the work happens only when it is consumed.
    return sum(1 for _ in pseg.cut(line))


def emit(line, line_start):
    at = 0
    for word, tag in pseg.cut(line):
        # Tokens tile the line; search anyway in case one was normalised.
        i = line.find(word, at)
        s = at if i < 0 else i
        yield {"start": line_start + s, "end": line_start + s + len(word), "text": word,
               "tag": tag}
        at = s + len(word)


main(feed, emit)
