"""Build a tiny but genuine Argos Translate package (`.argosmodel`) offline and deterministically.

    python tools/make_tiny_model.py --from en --to zh --out FILE.argosmodel [--tokenizer bpe]

Why: tests of the argos engine must run a real CTranslate2 model and a real SentencePiece model,
without the network and without a 100 MB download. This tool writes the weights of a Transformer
(`ctranslate2.specs.TransformerSpec`) by hand with numpy so that the model *copies its input*:

* every vocabulary piece and every position owns one dimension of the model (d = V + P);
* embeddings are one-hot (no sqrt(d) scaling) and learned position encodings are one-hot, so the
  input of every layer norm holds exactly two ones; each layer norm's gamma/beta undo the
  normalisation of such a vector (they act as the identity);
* self-attention and feed-forward outputs are zero, so they add nothing to the residual stream;
* cross-attention queries and keys read only the position dimensions (decoder step t attends to
  source position t), values read only the token dimensions, output = identity * TOKEN_GAIN;
* the output projection is the identity on token dimensions, so step t emits source piece t and,
  with `add_source_eos`, ends with `</s>`;
* a glossary (`GLOSSARY`, per target language) rewires projection rows: the row of target piece
  `▁宝山` reads the dimension of source piece `▁Baoshan`, so whole pieces are substituted and
  everything else is copied. Target pieces are SentencePiece user-defined symbols.

The SentencePiece model is trained on sentences generated here from news vocabulary (the seed
article's words) with `normalization_rule_name="identity"`, byte fallback and split digits, so it
never alters characters and any text round-trips. `⟦` and `⟧` (the "token" mask of
`l10n.mt.base.TOKEN_FORMAT`) are user-defined symbols. Same arguments → same bytes (fixed seeds,
one training thread, fixed zip timestamps); `tests/test_mt_argos.py` checks it with a hash.

`--tokenizer bpe` builds the other kind of Argos package instead: the same sentences are
normalised and tokenised with Moses (sacremoses, as `argostranslate/tokenizer.py` does), BPE
codes are *learned* from them with subword-nmt's `learn_bpe` (the reference implementation, the
`#version: 0.2` format Argos's `apply_bpe` reads) and written as `bpe.model`; the model's
vocabulary is every BPE segment of the corpus plus every character alone and with the `@@`
continuation mark, and the glossary maps whole words (`town` → `Stadt`).

Package layout and metadata follow `argostranslate/package.py` (argos_version 1.x):
`<name>/metadata.json`, `<name>/model/` (CTranslate2), `<name>/sentencepiece.model` or
`<name>/bpe.model`.
`build_transformer_spec` is shared with `bench/mt.py` (random weights, Argos-sized).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

GLOSSARY: dict[str, dict[str, str]] = {
    # target language → {source word: target word}; one SentencePiece piece each, whole words only.
    "zh": {
        "Baoshan": "宝山",
        "Shanghai": "上海",
        "Luodian": "罗店",
        "Yangtze": "长江",
        "China": "中国",
        "Biomedical": "生物医药",
    },
    "de": {"is": "ist", "and": "und", "town": "Stadt"},
    "fr": {"is": "est", "and": "et", "town": "ville"},
}
"""The documented "translations" the tiny model makes; every other piece is copied."""

BPE_GLOSSARY: dict[str, dict[str, str]] = {
    # A BPE token has no word-start mark (SentencePiece's `▁`): `is` would also be the tail of
    # `th@@ is`. So a BPE package substitutes only capitalised names that are never a word's tail.
    "de": {"Shanghai": "Schanghai", "Yangtze": "Jangtse", "Biomedical": "Biomedizin"},
}

NEWS_WORDS = """
A major biomedical industrial park is rising from a more than old ancient town in north Baoshan
District Ti Gong Companies sign agreements to establish bases the North Shanghai Biomedical
Industrial Park has been launched Luodian Town which dates back Yuan Dynasty It will become an
highland of Yangtze River Delta region Despite COVID pandemic leading companies both home and
abroad including Pharma Baoji Guosheng Thalys DiaSorin have signed develop with total investment
billion yuan this year priority strategic industry for countries around world key pillar serve
plan build global scientific innovation center Chen Jie Party Secretary told China Conference on
Saturday International Symposium Biopharmaceutical Development attracted over leading scientists
researchers across They shared their latest research offered suggestions new Top experts Kaixian
Academy Social Sciences were appointed members expert panel guide branch Overseas Returned
Scholars Association also established academic talent exchanges consultants aims landmark sectors
as well full chain according district government one five specialized parks plans attract
scale exceeding existing offer sufficient land resources standard factory buildings offices meet
demands corporate headquarters production chief said projects gigafactory cover square meters
covering base More supportive measures released life cycle support special service team tailored
services registrations approval construction operation he added was once biggest marketplace
area known Golden but golden tag gradually faded face urban restore historical glory township
transforming its traditional officials share at Source SHINE Editor Cai Wenjun Yang Jian date
News Metro UTC million percent Monday Tuesday Wednesday Thursday Friday Sunday January November
""".split()

DEFAULT_POSITIONS = 320  # ≥ 256: CTranslate2's default max_decoding_length, plus the source </s>
TOKEN_GAIN = 16.0  # cross-attention output scale: the copied piece dominates the residual
ATTENTION_GAIN = 24.0  # logit margin of the attended source position over the others
VOCAB_SIZE = 640
BPE_MERGES = 600
MASK_PATTERN = r"⟦\d+⟧"  # kept whole by Moses, as `l10n.mt.tokenizers` does
SPECIAL_TOKENS = ["<unk>", "<s>", "</s>"]  # CTranslate2's defaults for unk/bos/eos
SEED = 20201128
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
LAYER_NORM_EPSILON = 1e-6


def training_sentences(*, target: str, count: int = 3000, seed: int = SEED) -> list[str]:
    """News-like sentences from `NEWS_WORDS` and the glossary, with numbers, quotes and masks."""
    rng = random.Random(seed)
    glossary_words = sorted(set(GLOSSARY.get(target, {})) | set(GLOSSARY["zh"]))
    words = NEWS_WORDS + glossary_words * 8
    sentences = []
    for index in range(count):
        picked = [rng.choice(words) for _ in range(rng.randint(5, 16))]
        if index % 5 == 0:
            picked.insert(rng.randrange(len(picked)), f"⟦{rng.randint(1, 12)}⟧")
        if index % 7 == 0:
            picked.insert(rng.randrange(len(picked)), f"“{rng.choice(words)}”")
        if index % 3 == 0:
            picked.append(f"({rng.randint(1, 2030)})")
        sentences.append(" ".join(picked) + rng.choice([".", ".", ",", "?", "!", ";", ":"]))
    return sentences


def train_sentencepiece(sentences: Sequence[str], *, user_symbols: Sequence[str]) -> bytes:
    """A unigram SentencePiece model that never alters text (identity normalisation, byte fallback)."""
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=buffer,
        vocab_size=VOCAB_SIZE,
        model_type="unigram",
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        byte_fallback=True,
        split_digits=True,
        user_defined_symbols=list(user_symbols),
        hard_vocab_limit=False,
        num_threads=1,
        shuffle_input_sentence=False,
        seed_sentencepiece_size=100000,
        minloglevel=2,
    )
    return buffer.getvalue()


def build_transformer_spec(
    *,
    num_layers: int,
    num_heads: int,
    d_model: int,
    ffn_dim: int,
    vocabulary: Sequence[str],
    positions: int | None,
    make: Callable[[tuple[int, ...]], object],
):
    """A pre-norm `TransformerSpec` with every weight filled by `make(shape)` (a numpy array).

    Shapes follow CTranslate2's converters: linear weights are `[out, in]`, self-attention's
    query/key/value are fused (`[3d, d]`), cross-attention's key/value are fused (`[2d, d]`).
    `positions=None` keeps CTranslate2's built-in sinusoidal encodings.
    """
    import numpy as np
    from ctranslate2.specs import transformer_spec

    spec = transformer_spec.TransformerSpec.from_config(num_layers, num_heads)
    spec.config.layer_norm_epsilon = LAYER_NORM_EPSILON
    vocab_size = len(vocabulary)

    def linear(layer, out_dim: int, in_dim: int) -> None:
        layer.weight = np.asarray(make((out_dim, in_dim)), dtype=np.float32)
        layer.bias = np.asarray(make((out_dim,)), dtype=np.float32)

    def norm(layer) -> None:
        layer.gamma = np.ones(d_model, dtype=np.float32)
        layer.beta = np.zeros(d_model, dtype=np.float32)

    for stack in (spec.encoder, spec.decoder):
        _embeddings(stack).weight = np.asarray(make((vocab_size, d_model)), dtype=np.float32)
        if positions is not None:
            stack.position_encodings.encodings = np.asarray(make((positions, d_model)), dtype=np.float32)
        norm(stack.layer_norm)
        for layer in stack.layer:
            norm(layer.self_attention.layer_norm)
            linear(layer.self_attention.linear[0], 3 * d_model, d_model)
            linear(layer.self_attention.linear[1], d_model, d_model)
            if hasattr(layer, "attention"):
                norm(layer.attention.layer_norm)
                linear(layer.attention.linear[0], d_model, d_model)
                linear(layer.attention.linear[1], 2 * d_model, d_model)
                linear(layer.attention.linear[2], d_model, d_model)
            norm(layer.ffn.layer_norm)
            linear(layer.ffn.linear_0, ffn_dim, d_model)
            linear(layer.ffn.linear_1, d_model, ffn_dim)
    linear(spec.decoder.projection, vocab_size, d_model)
    spec.register_source_vocabulary(list(vocabulary))
    spec.register_target_vocabulary(list(vocabulary))
    return spec


def _embeddings(stack):
    """The encoder keeps a list of embeddings (source factors); the decoder has one."""
    return stack.embeddings[0] if isinstance(stack.embeddings, list) else stack.embeddings


def build_copy_spec(vocabulary: Sequence[str], substitutions: dict[str, str], *, positions: int):
    """The copy-and-substitute Transformer described in the module docstring."""
    import numpy as np

    vocab_size = len(vocabulary)
    d_model = vocab_size + positions
    spec = build_transformer_spec(
        num_layers=1,
        num_heads=1,
        d_model=d_model,
        ffn_dim=1,
        vocabulary=vocabulary,
        positions=positions,
        make=lambda shape: np.zeros(shape, dtype=np.float32),
    )
    spec.config.add_source_eos = True
    spec.encoder.scale_embeddings = False
    spec.decoder.scale_embeddings = False
    tokens = np.arange(vocab_size)
    one_hot_tokens = np.zeros((vocab_size, d_model), dtype=np.float32)
    one_hot_tokens[tokens, tokens] = 1.0
    one_hot_positions = np.zeros((positions, d_model), dtype=np.float32)
    one_hot_positions[np.arange(positions), vocab_size + np.arange(positions)] = 1.0

    # A vector holding exactly two ones: mean 2/d, variance 2/d - 4/d²; gamma/beta undo that.
    mean = 2.0 / d_model
    std = float(np.sqrt(2.0 / d_model - mean * mean + LAYER_NORM_EPSILON))
    for stack in (spec.encoder, spec.decoder):
        _embeddings(stack).weight = one_hot_tokens
        stack.position_encodings.encodings = one_hot_positions
        for layer in stack.layer:
            norms = [layer.self_attention.layer_norm, layer.ffn.layer_norm]
            norms += [layer.attention.layer_norm] if hasattr(layer, "attention") else []
            for layer_norm in norms:
                layer_norm.gamma = np.full(d_model, std, dtype=np.float32)
                layer_norm.beta = np.full(d_model, mean, dtype=np.float32)
    spec.encoder.layer_norm.gamma = np.full(d_model, std, dtype=np.float32)
    spec.encoder.layer_norm.beta = np.full(d_model, mean, dtype=np.float32)

    cross = spec.decoder.layer[0].attention
    query_gain = ATTENTION_GAIN * float(np.sqrt(d_model))  # CTranslate2 divides by sqrt(head dim)
    position_dims = vocab_size + np.arange(positions)
    cross.linear[0].weight[position_dims, position_dims] = query_gain
    keys_values = cross.linear[1].weight  # rows [0, d): keys; rows [d, 2d): values
    keys_values[position_dims, position_dims] = 1.0
    keys_values[d_model + tokens, tokens] = 1.0
    cross.linear[2].weight[tokens, tokens] = TOKEN_GAIN

    projection = spec.decoder.projection.weight
    projection[tokens, tokens] = 1.0
    index = {piece: i for i, piece in enumerate(vocabulary)}
    for source_piece, target_piece in substitutions.items():
        projection[index[source_piece], index[source_piece]] = 0.0
        projection[index[target_piece], index[source_piece]] = 1.0
    return spec


def glossary_pieces(*, target: str) -> dict[str, str]:
    """`{"▁Baoshan": "▁宝山", …}`: the glossary as SentencePiece pieces (word-initial form)."""
    return {f"▁{source}": f"▁{translated}" for source, translated in GLOSSARY.get(target, {}).items()}


def package_metadata(*, from_code: str, to_code: str, package_version: str) -> dict[str, object]:
    """metadata.json as argostranslate 1.x reads it (`IPackage.load_metadata_from_json`)."""
    from babel import Locale, UnknownLocaleError

    def name(code: str) -> str:
        try:
            return Locale.parse(code).get_display_name("en") or code
        except (ValueError, LookupError, UnknownLocaleError):  # Argos's own codes: `pb`, `zt`
            return code

    return {
        "package_version": package_version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": name(from_code),
        "to_code": to_code,
        "to_name": name(to_code),
        "type": "translate",
        "links": [],
        "description": "l10n tiny copy-and-glossary test model (tools/make_tiny_model.py)",
    }


def sentencepiece_tokens(*, to_code: str) -> tuple[dict[str, bytes], list[str], dict[str, str]]:
    """(tokenizer files, model vocabulary, piece substitutions) of a SentencePiece package."""
    import sentencepiece as spm

    substitutions = glossary_pieces(target=to_code)
    user_symbols = ["⟦", "⟧", *substitutions.values()]
    sp_bytes = train_sentencepiece(training_sentences(target=to_code), user_symbols=user_symbols)
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    for source_piece in substitutions:
        word = source_piece[1:]
        if processor.encode(word, out_type=str) != [source_piece]:
            raise ValueError(f"glossary word {word!r} is not one SentencePiece piece; adjust GLOSSARY")
    return {"sentencepiece.model": sp_bytes}, vocabulary, substitutions


def bpe_tokens(*, from_code: str, to_code: str) -> tuple[dict[str, bytes], list[str], dict[str, str]]:
    """(tokenizer files, model vocabulary, token substitutions) of a Moses + BPE package."""
    from argostranslate.apply_bpe import BPE
    from sacremoses import MosesPunctNormalizer, MosesTokenizer
    from subword_nmt.learn_bpe import learn_bpe

    normalizer, tokenizer = MosesPunctNormalizer(from_code), MosesTokenizer(from_code)
    sentences = training_sentences(target=to_code)
    tokenized = [
        " ".join(tokenizer.tokenize(normalizer.normalize(s), protected_patterns=[MASK_PATTERN], escape=True))
        for s in sentences
    ]
    codes = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()):  # learn_bpe draws a progress bar
        learn_bpe(iter(line + "\n" for line in tokenized), codes, BPE_MERGES, min_frequency=2, num_workers=1)
    bpe = BPE(io.StringIO(codes.getvalue()))
    segments = {token for line in tokenized for token in bpe.segment_tokens(line.split(" "))}
    characters = {c for line in tokenized for c in line if c != " "} | set(map(chr, range(33, 127)))
    segments |= characters | {c + "@@" for c in characters}
    substitutions = dict(BPE_GLOSSARY.get(to_code, {}))
    for word in substitutions:
        if bpe.segment_tokens([word]) != [word]:
            raise ValueError(f"glossary word {word!r} is not one BPE token; adjust GLOSSARY or BPE_MERGES")
    vocabulary = SPECIAL_TOKENS + sorted(segments - set(SPECIAL_TOKENS) | set(substitutions.values()))
    return {"bpe.model": codes.getvalue().encode()}, vocabulary, substitutions


def build_package(
    out: Path,
    *,
    from_code: str,
    to_code: str,
    package_version: str = "1.0",
    positions: int = DEFAULT_POSITIONS,
    tokenizer: str = "sentencepiece",
    metadata_extra: dict[str, object] | None = None,
    random_weights: bool = False,
) -> Path:
    """Write the `.argosmodel` zip to `out` and return it; same arguments give the same bytes.

    `metadata_extra` adds or overrides metadata.json fields (tests use it for hostile values).
    `random_weights` swaps the copy network for a small seeded random transformer (1+1 layers,
    d=64) over the same vocabulary: it almost never picks `</s>`, so its outputs run to the
    decoding cap, the case that costs batching most (`l10n.mt.decode_cost`).
    """
    if tokenizer == "bpe":
        token_files, vocabulary, substitutions = bpe_tokens(from_code=from_code, to_code=to_code)
    else:
        token_files, vocabulary, substitutions = sentencepiece_tokens(to_code=to_code)
    spec = (
        random_spec(vocabulary) if random_weights else build_copy_spec(vocabulary, substitutions, positions=positions)
    )
    spec.validate()
    spec.optimize(quantization="int8")

    package_name = f"translate-{from_code}_{to_code}-{package_version.replace('.', '_')}"
    metadata = package_metadata(from_code=from_code, to_code=to_code, package_version=package_version)
    metadata.update(metadata_extra or {})
    files: dict[str, bytes] = {
        "metadata.json": (json.dumps(metadata, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode(),
        **token_files,
        "README.md": f"Tiny copy model {from_code}→{to_code} ({tokenizer}); glossary: {substitutions}\n".encode(),
    }
    with tempfile.TemporaryDirectory() as scratch:
        model_dir = Path(scratch) / "model"
        model_dir.mkdir()
        spec.save(str(model_dir))
        for path in sorted(model_dir.iterdir()):
            files[f"model/{path.name}"] = path.read_bytes()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for directory in (f"{package_name}/", f"{package_name}/model/"):
            archive.writestr(_zip_info(directory, mode=0o40755), b"")
        for relative, data in sorted(files.items()):
            archive.writestr(_zip_info(f"{package_name}/{relative}", mode=0o100644), data)
    out.write_bytes(buffer.getvalue())
    return out


def random_spec(vocabulary: Sequence[str]):
    """A 1+1-layer, d=64 transformer with seeded random weights (biases zero) over `vocabulary`."""
    import numpy as np

    rng = np.random.default_rng(SEED)

    def make(shape: tuple[int, ...]) -> object:
        if len(shape) == 1:
            return np.zeros(shape, dtype=np.float32)
        return (rng.standard_normal(shape, dtype=np.float32) / np.sqrt(shape[-1])).astype(np.float32)

    return build_transformer_spec(
        num_layers=1, num_heads=2, d_model=64, ffn_dim=128, vocabulary=vocabulary, positions=None, make=make
    )


def _zip_info(name: str, *, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_STORED if name.endswith("/") else zipfile.ZIP_DEFLATED
    info.create_system = 3
    return info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="from_code", required=True, help="source language (ISO 639)")
    parser.add_argument("--to", dest="to_code", required=True, help="target language (ISO 639)")
    parser.add_argument("--out", type=Path, required=True, help="the .argosmodel file to write")
    parser.add_argument("--package-version", default="1.0")
    parser.add_argument("--positions", type=int, default=DEFAULT_POSITIONS)
    parser.add_argument("--tokenizer", choices=("sentencepiece", "bpe"), default="sentencepiece")
    parser.add_argument("--random-weights", action="store_true", help="outputs run to the cap (benchmarks, tests)")
    args = parser.parse_args(argv)
    build_package(
        args.out,
        from_code=args.from_code,
        to_code=args.to_code,
        package_version=args.package_version,
        positions=args.positions,
        tokenizer=args.tokenizer,
        random_weights=args.random_weights,
    )
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
