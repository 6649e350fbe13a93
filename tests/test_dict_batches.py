"""Probes of dict and tuple batches (the transformers convention), ``label_key``, ``forward=``: a tiny BERT built
from a ``transformers`` config (never downloaded weights) fed padded dict batches, and Lightning's demo transformer
(``forward(inputs, target)``)."""

from __future__ import annotations

import math

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import make_trainer
from lightning.pytorch.demos.transformer import LightningTransformer
from torch import nn
from torch.utils.data import DataLoader, Dataset, TensorDataset
from transformers import BertConfig, BertForSequenceClassification

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.layers import resolve_layers
from latentris_lightning.capture.probe import make_probe, make_thumbnails
from latentris_lightning.capture.probe_pass import capture_snapshot
from latentris_lightning.capture.reduction import make_reducers
from latentris_lightning.errors import MisconfigurationException

VOCAB, T = 40, 12


def padded_tokens(n: int = 24, seed: int = 0) -> dict[str, torch.Tensor]:
    """Right-padded token batches (pad id 0) of random lengths 3..T, and 3 classes."""
    g = torch.Generator().manual_seed(seed)
    lengths = torch.randint(3, T + 1, (n,), generator=g)
    mask = (torch.arange(T)[None, :] < lengths[:, None]).long()
    ids = torch.randint(1, VOCAB, (n, T), generator=g) * mask
    return {"input_ids": ids, "attention_mask": mask, "labels": torch.arange(n) % 3}


class DictDataset(Dataset):
    """Yields one dict per sample, as a tokenised transformers dataset does."""

    def __init__(self, columns: dict[str, torch.Tensor]) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(next(iter(self.columns.values())))

    def __getitem__(self, i: int) -> dict[str, torch.Tensor]:
        return {key: value[i] for key, value in self.columns.items()}


class BertClassifier(pl.LightningModule):
    """The usual transformers LightningModule: ``self.model`` is the HF model, batches are dicts."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.model = BertForSequenceClassification(BertConfig(
            vocab_size=VOCAB, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37,
            max_position_embeddings=16, num_labels=3))

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits

    def training_step(self, batch, batch_idx):
        logits = self(**{k: v for k, v in batch.items() if k != "labels"})
        return nn.functional.cross_entropy(logits, batch["labels"])

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)


# --------------------------------------------------------------------------------------------- reading the probe
@pytest.mark.parametrize("kind", ["dict loader", "dict dataset", "dict", "(dict, labels) loader", "tuple loader"])
def test_dict_and_tuple_batches_become_the_probe(kind):
    data = padded_tokens()
    ids, mask, y = data["input_ids"], data["attention_mask"], data["labels"]
    source = {
        "dict loader": DataLoader(DictDataset(data), batch_size=5),
        "dict dataset": DictDataset(data),
        "dict": data,
        "(dict, labels) loader": DataLoader(
            [({"input_ids": a, "attention_mask": b}, c) for a, b, c in zip(ids, mask, y, strict=True)], batch_size=7),
        "tuple loader": DataLoader(TensorDataset(ids, mask, y), batch_size=5,
                                   collate_fn=lambda items: ((torch.stack([i[0] for i in items]),
                                                              torch.stack([i[1] for i in items])),
                                                             torch.stack([i[2] for i in items]))),
    }[kind]
    probe = make_probe(source)
    np.testing.assert_array_equal(probe.labels, y.numpy())
    if kind == "tuple loader":
        assert isinstance(probe.inputs, tuple) and len(probe.inputs) == 2
        assert torch.equal(probe.inputs[0], ids) and torch.equal(probe.inputs[1], mask)
    else:
        assert isinstance(probe.inputs, dict) and list(probe.inputs) == ["input_ids", "attention_mask"]
        assert torch.equal(probe.inputs["input_ids"], ids) and torch.equal(probe.inputs["attention_mask"], mask)


@pytest.mark.slow
def test_subsets_hashes_and_thumbnails_of_dict_inputs():
    data = padded_tokens(60)
    for sampling in ("stratified", "density"):
        probe = make_probe(DataLoader(DictDataset(data), batch_size=8), size=12, sampling=sampling)
        assert len(probe) == 12
        assert torch.equal(probe.inputs["input_ids"], data["input_ids"][probe.indices])
        assert torch.equal(probe.inputs["attention_mask"], data["attention_mask"][probe.indices])
        same = make_probe(DictDataset(data), size=12, sampling=sampling)  # a Dataset gives the same samples
        np.testing.assert_array_equal(same.indices, probe.indices)
    full = make_probe(data)
    hashes = full.hashes()
    assert len(set(hashes.tolist())) == 60  # every sample its own hash
    changed = {**data, "attention_mask": data["attention_mask"].clone()}
    changed["attention_mask"][5, 0] = 0  # only the mask of sample 5 differs
    new = make_probe(changed).hashes()
    assert (new != hashes).tolist() == [i == 5 for i in range(60)]
    # thumbnails: only of image-like entries
    assert make_thumbnails(full.inputs) is None
    pixels = torch.rand(60, 3, 8, 8)
    with_images = make_probe({**data, "pixel_values": pixels}, thumbnails=True)
    np.testing.assert_array_equal(with_images.thumbnails, make_thumbnails(pixels))


def test_label_key_and_what_the_errors_name():
    data = padded_tokens()
    target = {"input_ids": data["input_ids"], "target": data["labels"]}
    with pytest.raises(MisconfigurationException,
                       match=r"dict with keys \['input_ids', 'target'\], none of which is 'labels' or 'label'.*"
                             r"label_key="):
        make_probe(DataLoader(DictDataset(target), batch_size=4))
    probe = make_probe(DataLoader(DictDataset(target), batch_size=4), label_key="target")
    assert list(probe.inputs) == ["input_ids"] and probe.labels.tolist() == data["labels"].tolist()
    with pytest.raises(MisconfigurationException, match=r"none of which is 'y'"):
        make_probe(DictDataset(target), label_key="y")
    with pytest.raises(MisconfigurationException, match=r"label_key='target'.*cannot take effect"):
        make_probe((torch.randn(4, 3), torch.arange(4) % 2), label_key="target")
    with pytest.raises(MisconfigurationException, match=r"`label_key` must be .* got 3"):
        Latentris(probe=data, label_key=3)
    with pytest.raises(MisconfigurationException, match=r"`forward` must be callable\(pl_module, inputs\).*'m\(x\)'"):
        Latentris(probe=data, forward="m(x)")
    # batches padded to different lengths cannot be joined; raw text is not a tensor
    short = {key: value[:, :6] if key != "labels" else value for key, value in data.items()}
    with pytest.raises(MisconfigurationException, match=r"entry 'input_ids' has per-sample shape \[12\] in one and "
                                                        r"\[6\] in another\. Pad every probe batch"):
        make_probe(DataLoader([data, short], batch_size=None))
    with pytest.raises(MisconfigurationException, match=r"probe inputs\['text'\] could not be read as a tensor"):
        make_probe({**data, "text": ["a sentence"] * 24})
    with pytest.raises(MisconfigurationException, match=r"lengths differ: \{'input_ids': 24, 'attention_mask': 20\}"):
        make_probe({**data, "attention_mask": data["attention_mask"][:20]})
    with pytest.raises(MisconfigurationException, match=r"samples \[3\] have an all-zero `attention_mask`"):
        make_probe({**data, "attention_mask": data["attention_mask"].index_fill(0, torch.tensor([3]), 0)})


# --------------------------------------------------------------------------------------------- the probe pass
@pytest.mark.slow
def test_dict_inputs_reach_the_model_as_keywords_mask_included():
    model = BertClassifier().eval()
    data = padded_tokens()
    probe = make_probe(DataLoader(DictDataset(data), batch_size=5))
    layer = "model.bert.encoder.layer.1"
    reducers = make_reducers(model, resolve_layers(model, [layer]), reduction="token:0")  # CLS: the mask is not used
    captured = capture_snapshot(model, probe, [layer], reducers=reducers, batch_size=7)
    with torch.no_grad():
        cls = model.model.bert(**probe.inputs).last_hidden_state[:, 0]
        unmasked = model.model.bert(input_ids=data["input_ids"]).last_hidden_state[:, 0]
        logits = model(data["input_ids"], data["attention_mask"])
    np.testing.assert_allclose(captured.activations[layer], cls.numpy(), atol=1e-5)
    assert np.abs(captured.activations[layer] - unmasked.numpy()).max() > 1e-3  # the mask reached the model
    np.testing.assert_array_equal(captured.predictions, logits.argmax(1).numpy())
    np.testing.assert_allclose(captured.losses, nn.functional.cross_entropy(logits, data["labels"], reduction="none"),
                               rtol=1e-5)



def test_the_input_of_a_model_called_with_keywords_is_its_first_tensor_keyword():
    model = BertClassifier()
    data = padded_tokens(n=10)
    probe = make_probe(data)
    # the wrapped BERT is called as model(input_ids=..., attention_mask=...): no positional argument to record
    captured = capture_snapshot(model, probe, ["model:input", "model.classifier:input"])
    np.testing.assert_array_equal(captured.activations["model:input"], data["input_ids"].numpy())
    assert captured.layers["model:input"]["selected"] == "input_ids"
    assert captured.layers["model.classifier:input"]["selected"] == "0"  # a positional argument, as before
    layers = resolve_layers(model, ["model:input"])
    reducers = make_reducers(model, layers, select={"model:input": "attention_mask"})
    masked = capture_snapshot(model, probe, layers, reducers=reducers)
    np.testing.assert_array_equal(masked.activations["model:input"], data["attention_mask"].numpy())
    reducers = make_reducers(model, layers, select={"model:input": "token_type_ids"})
    with pytest.raises(MisconfigurationException, match=r"Layer 'model:input' .* keys \['input_ids', "
                                                        r"'attention_mask'\]"):
        capture_snapshot(model, probe, layers, reducers=reducers)


class ListInput(pl.LightningModule):
    """A module called with a Python list of tensors: its input holds no tensor argument to record."""

    def __init__(self) -> None:
        super().__init__()
        self.merge = Sum()
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        return self.head(self.merge([x, x]))

    def training_step(self, batch, batch_idx):
        return nn.functional.cross_entropy(self(batch[0]), batch[1])

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


class Sum(nn.Module):
    def forward(self, parts):
        return sum(parts)


def test_an_input_without_a_tensor_and_the_root_input_are_refused_clearly(tmp_path):
    x, y = torch.randn(6, 4), torch.arange(6) % 2
    callback = Latentris((x, y), layers=["merge:input"], output_dir=tmp_path, export_on_fit_end=False)
    with pytest.raises(MisconfigurationException, match=r"Layer 'merge:input' records the input of its module, but "
                                                        r"the module was called with no tensor argument \(received: "
                                                        r"list\)\. Record the module's output"):
        make_trainer([callback], max_epochs=1).fit(ListInput(), DataLoader(TensorDataset(x, y), batch_size=3))
    assert not list(tmp_path.glob("run/snapshots/*"))  # refused before the first training step's snapshot
    with pytest.raises(MisconfigurationException, match=r"`layers` entry ':input' names no module.*'model:input'"):
        Latentris((x, y), layers=[":input"])

@pytest.mark.slow
def test_fit_on_dict_batches(tmp_path):
    data = padded_tokens(30)
    model = BertClassifier()
    callback = Latentris(probe=DataLoader(DictDataset(data), batch_size=8), layers=["model.bert.encoder.layer.*"],
                         epochs=[0, 1], output_dir=tmp_path, export_on_fit_end=False)
    make_trainer([callback], max_epochs=1).fit(model, DataLoader(DictDataset(data), batch_size=8, shuffle=True))
    run = load_run(tmp_path)
    assert run.layers == ["model.bert.encoder.layer.0", "model.bert.encoder.layer.1"]
    assert [s.epoch for s in run.snapshots] == [0, 1]
    assert run.activations("model.bert.encoder.layer.1", snapshot=1).shape == (30, 32)
    assert (run.predictions(snapshot=1) >= 0).all()


# --------------------------------------------------------------------------------- Lightning's demo transformer
class OfflineTransformer(LightningTransformer):
    """The demo as it is, but trained on the test's tokens: its ``prepare_data`` would download WikiText-2."""

    def prepare_data(self) -> None:
        pass


def per_sample_last_token(pl_module, inputs):
    """The demo's forward takes (inputs, target) and returns (N·T, V) log-probabilities: keep each sample's last
    position, (N, V)."""
    tokens, target = inputs
    return pl_module(tokens, target).view(len(tokens), -1, pl_module.model.vocab_size)[:, -1]


@pytest.mark.slow
def test_lightning_demo_transformer_through_tuple_inputs_and_forward(tmp_path):
    torch.manual_seed(0)
    model = OfflineTransformer(vocab_size=VOCAB)
    g = torch.Generator().manual_seed(1)
    tokens = torch.randint(0, VOCAB, (20, 9), generator=g)
    inputs, target = tokens[:, :-1], tokens[:, 1:]
    labels = torch.arange(20) % 4
    callback = Latentris(probe=((inputs, target), labels), forward=per_sample_last_token,
                         layers=["model.transformer.encoder"], epochs=[0, 1], output_dir=tmp_path,
                         export_on_fit_end=False, dtype="float32")
    make_trainer([callback], max_epochs=1).fit(model, DataLoader(TensorDataset(inputs, target), batch_size=5))
    run = load_run(tmp_path)
    model.eval()
    with torch.no_grad():  # by hand: the encoder's output on the embedded source, averaged over tokens
        src = model.model.pos_encoder(model.model.embedding(inputs) * math.sqrt(model.model.ninp))
        encoded = model.model.transformer.encoder(src).mean(dim=1)
        last = per_sample_last_token(model, (inputs, target))
    np.testing.assert_allclose(run.activations("model.transformer.encoder", snapshot=1), encoded.numpy(), atol=1e-4)
    np.testing.assert_array_equal(run.predictions(snapshot=1), last.argmax(1).numpy())


# --------------------------------------------------------------------------------- reductions honour the mask
@pytest.mark.slow
@pytest.mark.parametrize("padding", ["right", "left"])
def test_token_reductions_average_and_pick_real_tokens_only(padding):
    model = BertClassifier().eval()
    data = padded_tokens()
    if padding == "left":
        data = {**data, "input_ids": data["input_ids"].flip(1), "attention_mask": data["attention_mask"].flip(1)}
    probe = make_probe(data)
    layers = resolve_layers(model, ["model.bert.encoder.layer.0", "model.bert.encoder.layer.1"])
    with torch.no_grad():
        hidden = model.model.bert(**probe.inputs, output_hidden_states=True).hidden_states
    mask = data["attention_mask"].bool()
    lengths = mask.sum(1)
    rows = torch.arange(len(lengths))
    last = lengths - 1 if padding == "right" else torch.full_like(lengths, T - 1)
    for reduction in ("auto", "token:-1", "token:0"):
        reducers = make_reducers(model, layers, reduction=reduction)
        captured = capture_snapshot(model, probe, layers, reducers=reducers, batch_size=10)
        for i, info in enumerate(layers):
            h = hidden[i + 1]  # the output of encoder layer i
            by_hand = {
                "auto": torch.stack([h[r, mask[r]].mean(0) for r in rows.tolist()]),
                "token:-1": h[rows, last],
                "token:0": h[:, 0],
            }[reduction]
            got = captured.activations[info.name]
            np.testing.assert_allclose(got, by_hand.numpy(), atol=1e-5)
            if reduction == "auto":
                plain = h.mean(dim=1).numpy()  # what averaging the padding in gives: far off
                assert np.abs(got - plain).max() > 0.3
                assert captured.layers[info.name]["attention_mask"] is True
            if reduction == "token:-1" and padding == "right":
                assert np.abs(got - h[:, -1].numpy()).max() > 0.3  # not the last (padding) position
    short = make_probe({"input_ids": torch.ones(2, T, dtype=torch.long),
                        "attention_mask": torch.tensor([[1] * 3 + [0] * (T - 3)] * 2), "labels": torch.tensor([0, 1])})
    with pytest.raises(MisconfigurationException, match=r"'token:-4'.*\(row 0 of its batch\) has only 3 real tokens"):
        capture_snapshot(model, short, layers[:1], reducers=make_reducers(model, layers[:1], reduction="token:-4"))


def test_without_a_mask_token_reductions_are_unchanged():
    model = BertClassifier().eval()
    data = padded_tokens(6)
    probe = make_probe((data["input_ids"], data["labels"]))  # ids only: no mask, so the plain mean
    forward = lambda m, x: m(x, torch.ones_like(x))  # noqa: E731
    layers = resolve_layers(model, ["model.bert.encoder.layer.1"])
    captured = capture_snapshot(model, probe, layers, forward=forward)
    with torch.no_grad():
        h = model.model.bert(input_ids=data["input_ids"], output_hidden_states=True).hidden_states[2]
    np.testing.assert_allclose(captured.activations["model.bert.encoder.layer.1"], h.mean(1).numpy(), atol=1e-5)
    assert "attention_mask" not in captured.layers["model.bert.encoder.layer.1"]


# --------------------------------------------------------------------------------- the README's recipe, as written
@pytest.mark.slow
def test_the_readmes_dict_batch_recipe_runs_as_written(tmp_path):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    (recipe,) = re.findall(r"```py\n(.*?)```", readme, flags=re.S)
    tokens = torch.randint(0, VOCAB, (10, 9), generator=torch.Generator().manual_seed(2))
    scope = {"DataLoader": DataLoader, "Latentris": Latentris, "tokenised_val": DictDataset(padded_tokens()),
             "inputs": tokens[:, :-1], "target": tokens[:, 1:], "labels": torch.arange(10) % 2}
    exec(recipe, scope)
    callback, demo = scope["callback"], scope["demo"]
    assert list(callback.probe.inputs) == ["input_ids", "attention_mask"] and len(callback.probe) == 24
    torch.manual_seed(0)
    model = OfflineTransformer(vocab_size=VOCAB)
    captured = capture_snapshot(model, demo.probe, ["model.transformer.encoder"], forward=demo.forward_fn)
    with torch.no_grad():
        expected = per_sample_last_token(model.eval(), (tokens[:, :-1], tokens[:, 1:])).argmax(1)
    np.testing.assert_array_equal(captured.predictions, expected.numpy())
