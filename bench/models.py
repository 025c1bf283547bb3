"""Argos-sized benchmark models: real transformer-base compute, outputs that stop where asked.

Two decoding behaviours, both built with CTranslate2's spec API (`ctranslate2.specs`) and the
numpy technique of `tools/make_tiny_model.py` (its `build_transformer_spec`, reused, not copied):

- `ends="cap"`: every weight random. Such a model almost never picks `</s>`, so every output runs
  to `max_decoding_length` — all hypotheses equally long, the best case for batching.
- `ends="input"`: the same random network, plus one wired path that makes each output end after
  as many pieces as its input, the way a real translation's length follows its source:

  * the last `2K + 1` model dimensions are reserved: `2K` carry a sinusoidal position code
    (learned position encodings, frequencies from π down to π/P), one flags the source `</s>`
    (`add_source_eos`: CTranslate2 appends it to every source);
  * no random sublayer writes into reserved dimensions (their output rows are zero), so the codes
    pass every layer unchanged on the residual stream;
  * head 0 of the first decoder layer's cross-attention compares position codes only, so decoder
    step t attends to source position t, and reads only the `</s>` flag;
  * the output projection's `</s>` row reads only that flag, with a large gain: step n of a
    source of n pieces (whose position n is `</s>`) emits `</s>`. Every other logit is noise.

Outputs are random pieces either way; what matters to a throughput benchmark is the work, and the
work is the network's (6+6 layers, d=512, 8 heads, FFN 2048, int8 like Argos packages).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Literal

REPO = Path(__file__).resolve().parent.parent

Ends = Literal["cap", "input"]
POSITIONS = 512  # learned positions of the `input` model: sources are cut to this many pieces
FREQUENCIES = 32  # K: sinusoid pairs of the position code
QUERY_GAIN = 64.0  # sharpness of "step t attends to source position t"
FLAG_GAIN = 64.0  # cross-attention output scale of the `</s>` flag
EOS_GAIN = 64.0  # `</s>` logit per unit of the (normalised) flag
SENTENCEPIECE_VOCAB = 8000


def load_tiny_model_tool():
    """`tools/make_tiny_model.py` as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_tiny_model", REPO / "tools" / "make_tiny_model.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def train_sentencepiece(segments: list[str], *, vocab_size: int) -> bytes:
    """A unigram SentencePiece model of news-sized pieces (about 1.3 pieces per word, as in Argos
    packages; the tiny model's 640-piece vocabulary cuts a sentence into ~70), text never altered."""
    import io

    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(segments),
        model_writer=buffer,
        vocab_size=vocab_size,
        model_type="unigram",
        normalization_rule_name="identity",
        byte_fallback=True,
        user_defined_symbols=["⟦", "⟧"],
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
    )
    return buffer.getvalue()


def build_random_package(
    packages_dir: Path,
    segments: list[str],
    *,
    vocab: int,
    layers: int,
    from_code: str,
    to_code: str,
    ends: Ends = "cap",
) -> Path:
    """An Argos package folder (`metadata.json`, `model/`, `sentencepiece.model`) of a random
    transformer-base whose outputs end at the cap or at their input's length (`ends`)."""
    import numpy as np
    import sentencepiece as spm

    tool = load_tiny_model_tool()
    sp_bytes = train_sentencepiece(segments, vocab_size=SENTENCEPIECE_VOCAB)
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    pieces += [f"▁filler{i}" for i in range(max(0, vocab - len(pieces)))]
    rng = np.random.default_rng(12345)

    def make(shape):
        if len(shape) == 1:
            return np.zeros(shape, dtype=np.float32)
        return (rng.standard_normal(shape, dtype=np.float32) / np.sqrt(shape[-1])).astype(np.float32)

    d_model = 512
    spec = tool.build_transformer_spec(
        num_layers=layers,
        num_heads=8,
        d_model=d_model,
        ffn_dim=2048,
        vocabulary=pieces,
        positions=POSITIONS if ends == "input" else None,
        make=make,
    )
    if ends == "input":
        wire_length_to_input(spec, pieces, d_model=d_model, rng=rng)
    spec.validate()
    spec.optimize(quantization="int8")
    folder = packages_dir / f"translate-{from_code}_{to_code}-bench-{ends}"
    (folder / "model").mkdir(parents=True)
    spec.save(str(folder / "model"))
    (folder / "sentencepiece.model").write_bytes(sp_bytes)
    metadata = tool.package_metadata(from_code=from_code, to_code=to_code, package_version="1.0")
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    return folder


def wire_length_to_input(spec, pieces: list[str], *, d_model: int, rng) -> None:
    """Overwrite parts of a random spec so step n of an n-piece source emits `</s>` (see module doc).

    Layer normalisation subtracts each vector's mean, which would leak noise into every wired
    reading; so each reading is a difference of two reserved dimensions (the code and its
    negation; the flag and a dimension that is always zero), in which the mean cancels exactly.
    """
    import numpy as np

    tool = load_tiny_model_tool()
    first = d_model - 4 * FREQUENCIES - 2
    plus = np.arange(first, first + 2 * FREQUENCIES)
    minus = plus + 2 * FREQUENCIES
    flag, zero = d_model - 2, d_model - 1
    reserved = np.arange(first, d_model)
    eos = pieces.index("</s>")

    steps = np.arange(POSITIONS, dtype=np.float32)[:, None]
    omega = np.pi * (1.0 / POSITIONS) ** (np.arange(FREQUENCIES, dtype=np.float32) / (FREQUENCIES - 1))
    code = np.zeros((POSITIONS, d_model), dtype=np.float32)
    code[:, plus[0::2]] = np.cos(steps * omega)
    code[:, plus[1::2]] = np.sin(steps * omega)
    code[:, minus] = -code[:, plus]

    spec.config.add_source_eos = True
    for stack in (spec.encoder, spec.decoder):
        stack.scale_embeddings = False
        embeddings = tool._embeddings(stack)
        weight = np.asarray(embeddings.weight) * np.sqrt(d_model)  # unit-variance pieces, unscaled
        weight[:, reserved] = 0.0
        embeddings.weight = weight.astype(np.float32)
        stack.position_encodings.encodings = code.copy()
        for layer in stack.layer:
            outputs = [layer.self_attention.linear[1], layer.ffn.linear_1]
            outputs += [layer.attention.linear[2]] if hasattr(layer, "attention") else []
            for linear in outputs:
                linear.weight[reserved, :] = 0.0
                linear.bias[reserved] = 0.0
    tool._embeddings(spec.encoder).weight[eos, flag] = 1.0

    head = d_model // 8
    cross = spec.decoder.layer[0].attention
    query, key_value, output = cross.linear[0].weight, cross.linear[1].weight, cross.linear[2].weight
    query[:head, :] = 0.0
    key_value[:head, :] = 0.0
    key_value[d_model : d_model + head, :] = 0.0
    for row, (positive, negative) in enumerate(zip(plus, minus)):
        query[row, positive], query[row, negative] = QUERY_GAIN, -QUERY_GAIN
        key_value[row, positive], key_value[row, negative] = 1.0, -1.0
    key_value[d_model, flag], key_value[d_model, zero] = 1.0, -1.0  # head 0's value: the flag alone
    output[:, :head] = 0.0
    output[flag, :] = 0.0
    output[flag, 0] = FLAG_GAIN
    for linear in (cross.linear[0], cross.linear[1], cross.linear[2]):
        linear.bias[:] = 0.0

    projection = spec.decoder.projection
    projection.weight[:, reserved] = 0.0
    projection.weight[eos, :] = 0.0
    projection.weight[eos, flag], projection.weight[eos, zero] = EOS_GAIN, -EOS_GAIN
    projection.bias[eos] = 0.0
