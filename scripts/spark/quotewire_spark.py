#!/usr/bin/env python3
"""quotewire inside Spark, as a filter: both the RDD form (rdd.pipe) and the SQL form
(TRANSFORM ... USING). The README's Spark recipe is this file.

usage: quotewire_spark.py BINARY INPUT OUT_DIR [PARTITIONS]

Ships BINARY to the executors (spark.files, as spark-submit --files would), reads INPUT (JSON
Lines) as whole lines, runs quotewire on each partition, and writes OUT_DIR/pipe.jsonl and
OUT_DIR/transform.jsonl, one output line per line, in input order.

What makes it work:
- the binary is shipped, and called where Spark put it (SparkFiles.get in local mode; on a
  cluster, `--files quotewire` puts it in each executor's working directory: "./quotewire");
- each partition gets whole JSON lines (spark.read.text / sc.textFile), never raw text;
- --threads 1 (Spark gives each task a core), - for stdin;
- --missing-id hash: a line without an id gets the hash of its text, the same in every
  partitioning (line numbers restart in every partition);
- --on-error record: a bad line becomes {"error","file","line"} in the output and the task
  goes on (exit status 0) instead of failing the job. Its "line" counts within the partition;
- --input-format jsonl: a partition that opens with a bad line is JSON Lines all the same.
"""
import os
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession

FLAGS = "--threads 1 --missing-id hash --on-error record --input-format jsonl -"


def main(binary, input_path, out_dir, partitions=2):
    size = os.path.getsize(input_path)
    spark = (
        SparkSession.builder.master(f"local[{partitions}]")
        .appName("quotewire")
        .config("spark.files", os.path.abspath(binary))
        # Small inputs in several partitions too: split the file every size/partitions bytes.
        .config("spark.sql.files.maxPartitionBytes", str(max(1, -(-size // partitions))))
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    command = f"{SparkFiles.get(os.path.basename(binary))} {FLAGS}"

    # 1. The RDD form: each partition's lines through the binary's stdin.
    lines = sc.textFile(input_path, minPartitions=partitions)
    assert lines.getNumPartitions() >= partitions, lines.getNumPartitions()
    piped = lines.pipe(command, checkCode=True).collect()

    # 2. The SQL form: whole JSON lines (the `value` column of spark.read.text) in, one
    # string column out.
    df = spark.read.text(input_path)
    assert df.rdd.getNumPartitions() >= partitions, df.rdd.getNumPartitions()
    df.createOrReplaceTempView("articles")
    transformed = spark.sql(
        f"SELECT TRANSFORM (value) USING '{command}' AS (record STRING) FROM articles"
    ).collect()

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "pipe.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in piped)
    with open(os.path.join(out_dir, "transform.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(row.record + "\n" for row in transformed)
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], *(int(a) for a in sys.argv[4:]))
