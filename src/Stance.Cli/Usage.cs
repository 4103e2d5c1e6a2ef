namespace Stance.Cli;

/// <summary>Help texts.</summary>
internal static class Usage
{
    public const string Main = """
        stance - label every sentence of a news article with its rhetorical moves
                 (accuse, deny, deflect, cite-evidence)

        Usage:
          stance score FILE|- [--format table|json|tsv|html] [--model PATH] [--threshold LABEL=P] [--out FILE] [--encoding E]
          stance evaluate --gold FILE... [--model PATH] [--format table|json]
          stance batch PATH... --out FILE [--format jsonl|tsv|csv|parquet] [--summary FILE] [--report FILE.html]
                       [--include GLOB] [--exclude GLOB] [--resume] [--force] [--shard K/N|auto[/N]] [--encoding E]
          stance merge SHARD_OUTPUT... --out FILE [--expect PATH...] [--force]
          stance annotate PATH... --out QUEUE.tsv [--n N] [--strategy random|uncertain|mixed]
          stance annotate --interactive QUEUE.tsv
          stance segment FILE|- [--format text|tsv]   print the article's sentences
          stance attribution-eval [--split heldout|tune|all] [--agreement]   score speaker/target/respondsTo
          stance train [--data FILE...] [--out PATH] [--trainer NAME|auto] [--seed N]
          stance --help | --version

        Run 'stance COMMAND --help' for a command's options. '--opt=value' works too; '--' ends
        the options (stance score -- -draft.txt). Exit codes are listed in README.md.

        """;

    public const string Score = """
        Usage: stance score FILE|- [--format table|json|tsv|html] [--model PATH] [--threshold LABEL=P]... [--out FILE]

        Labels every sentence of one article (.txt, .html/.htm, .md, or - for standard input)
        with accuse, deny, deflect, cite-evidence, says why, and summarises.
          --format table   sentences, probabilities, reasons and a summary (default on a terminal)
          --format json    one JSON object (schema in README.md)
          --format tsv     LABELS.md columns plus p_* and boilerplate (default when piped or with --out)
          --format html    a self-contained page: highlighted sentences, reasons on hover/focus, chart
          --model PATH     a model written by 'stance train' (default: the shipped model)
          --threshold L=P  override a label's threshold, e.g. --threshold deny=0.5 (repeatable)
          --out FILE       write to FILE (atomically) instead of standard output; its extension
                           (.html, .json, .tsv, .txt) picks the format when --format is not given.
                           Never an input (the article or the model).
          --encoding E     utf-8 (default), utf-16, latin1, windows-1252, or auto (BOM-less
                           UTF-16, else UTF-8, else Windows-1252 with a warning)
          --width N        table width in columns (default: the terminal's, else 120); long
                           sentences wrap inside their column

        """;

    public const string Batch = """
        Usage: stance batch PATH... --out FILE [options]

        Labels every article file (.txt, .html/.htm, .md) under the given folders, in path order.
          --out FILE          .jsonl (one record per article), .tsv, .csv or .parquet (one row per sentence)
          --format NAME       jsonl, tsv, csv or parquet when the extension does not say
          --summary FILE      one TSV row per article: counts and shares per label
          --report FILE.html  an overview page (shares per folder, articles ranked by denial and
                              deflection share, a "who accuses whom" matrix of the top 30 actors,
                              skipped files) and one page per article (with its exchange threads)
          --actors FILE.csv   the "who accuses whom" edge list: source, target, move, count, example
                              (loads in pandas, networkx, Gephi)
          --include GLOB      only files whose relative path matches (repeatable), e.g. '**/2016/*.txt'
          --exclude GLOB      skip matching files (repeatable)
          --no-recursive      only the files directly in each folder
          --threads N         workers (default: all cores)
          --shard K/N         label only slice K of N (by path hash), for N machines without a coordinator
          --shard auto[/N]    K (and N) from a Slurm job array (SLURM_ARRAY_TASK_ID) or a Kubernetes
                              Indexed Job (JOB_COMPLETION_INDEX; N must be given there)
          --resume            continue an interrupted run (same command); nothing is lost or duplicated
          --force             overwrite an existing output
          --encoding E        utf-8 (default), utf-16, latin1, windows-1252 or auto
          --model PATH        another model
          --quiet             no progress on standard error
        Bad files are reported, listed in FILE.errors.tsv and skipped (exit 6); the output appears,
        whole, only at the end. Ctrl-C or SIGTERM stops cleanly (exit 130); rerun with --resume.
        FILE.run.json records the run's parameters: a --resume that asks anything else is refused
        (exit 7). Selecting no article file is an error (exit 8).

        """;

    public const string Merge = """
        Usage: stance merge SHARD_OUTPUT... --out FILE [--expect PATH...] [--include GLOB] [--exclude GLOB] [--force]

        Combines the outputs of 'stance batch --shard K/N' runs (jsonl, tsv, csv or parquet) into one
        file of the same format in path order.
        Refuses (exit 9, nothing written) a shard of another format or header, an unfinished shard,
        shards whose run records (SHARD.run.json) differ in model or parameters or split, an
        article that appears twice, or, with --expect and the batch's own PATHs and filters, an
        article file that is in no output and no errors file.

        """;

    public const string Evaluate = """
        Usage: stance evaluate --gold FILE... [--model PATH] [--format table|json] [--threshold LABEL=P]... [--corpus DIR]

        Classifies the sentences of gold files (LABELS.md format) as they are, without
        re-segmenting, and prints per-label precision, recall, F1 and support, macro-F1,
        micro-F1 and exact-set accuracy. Malformed rows are reported with file and line.
        Rows that point into a corpus (source, start, end: e.g. data/dev-real.tsv) are read
        from the corpus folder the file names, or from --corpus DIR.

        """;

    public const string Train = """
        Usage: stance train [--data FILE...] [--out PATH] [--trainer auto|sdca|lbfgs|fasttree]
                            [--seed N] [--folds N] [--dev FILE | --no-dev] [--corpus DIR]
                            [--rates FOLDER... | --no-rates] [--no-trials]

        Trains a model, evaluates it by cross-validation grouped by article, and writes it.
          --data FILE...   labeled files: LABELS.md rows, corpus references (corpus, source,
                           start, end, sha256) or a corrected annotate queue / decisions file
                           (default: the checkout's data/seed-sentences.tsv,
                           data/authored-sentences.tsv and data/real-train.tsv)
          --out PATH       model file (default: the shipped model inside src/Stance.Model)
          --trainer NAME   auto (default: L-BFGS), sdca, lbfgs or fasttree
          --seed N         seed of folds and trainers (default 42)
          --folds N        cross-validation folds (default 5)
          --dev FILE       real-text dev set, never trained on (default data/dev-real.tsv)
          --no-dev         no dev-set evaluation
          --corpus DIR     where referenced corpus files are (default ../shared/corpora)
          --rates FOLDER.. corpus folders whose predicted label shares are compared with the
                           dev set's gold shares (default: the corpus's top-level folders)
          --no-rates       skip that comparison
          --no-trials      train the shipped configuration only, without the other trials
        Prints the trials, evaluation tables, label shares and learning curve, and writes them
        as JSON beside the model.

        """;

    public const string Annotate = """
        Usage: stance annotate PATH... --out QUEUE.tsv [--n N] [--strategy random|uncertain|mixed]
                               [--per-article K] [--focus LABELS] [--exclude-list FILE] [--seed N]
                               [--model PATH] [--force] [--encoding E]
               stance annotate --interactive QUEUE.tsv [--decisions FILE]

        Picks sentences of your own articles to label, so the model can learn your material.
          --n N               sentences wanted (default 200)
          --strategy random     whole articles in random order: true base rates, context intact
          --strategy uncertain  sentences the model is least sure of, at most K per article
          --strategy mixed      half each (default)
          --per-article K     most sentences per article for uncertain (default 3)
          --focus LABELS      uncertain measured on these labels only, e.g. deny,deflect (rare
                              labels' borderline cases, many of them positives)
          --exclude-list FILE articles never picked: one path or name per line, or a TSV with a
                              source or corpus_file column (a dev set, an earlier queue)
          --seed N            seed of the random order (default 42)
        The queue is a labeled file (LABELS.md columns) with the model's labels pre-filled, its
        probabilities and a reference to the source (corpus, source, start, end, sha256).

          --interactive QUEUE.tsv  label the queue in the terminal: the sentence and the two
                              before it; 1-4 toggle accuse/deny/deflect/cite-evidence, 0 none,
                              Enter or a accept, s skip, u undo, q quit. Every decision is
                              appended to QUEUE.decisions.tsv and flushed at once; run the same
                              command again to resume. Train with --data QUEUE.decisions.tsv.

        """;

    public const string Segment = """
        Usage: stance segment FILE|- [--format text|tsv]

        Splits an article into numbered sentences, as Stance classifies them.
          FILE            a text file, or - for standard input
          --format text   one sentence a line: id, [boilerplate], text (default)
          --format tsv    id, start, end, boilerplate, text (offsets into the original file)

        """;
}
