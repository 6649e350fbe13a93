"""The model, its output and ``loss_fn`` checked against the probe before training: shapes never broadcast, and an
error from the user's model or loss re-raised naming the probe batch, its shapes, the layer and what to change.

Real tiny models: a per-token sequence model whose output is ``(N·T, V)``, a small CNN, an embedding classifier."""

from __future__ import annotations

import warnings

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import make_trainer
from lightning.pytorch.utilities.exceptions import MisconfigurationException
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from transformers import BertConfig, BertForTokenClassification

from latentris_lightning import Latentris, load_run

T, V = 12, 5


class TokenModel(pl.LightningModule):
    """A per-token language model: ids ``(N, T)`` → logits ``(N·T, V)``, as people flatten them for cross-entropy."""

    def __init__(self, flatten: bool = True) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.emb = nn.Embedding(V, 8)
        self.head = nn.Linear(8, V)
        self.flatten = flatten

    def forward(self, x):
        logits = self.head(self.emb(x))
        return logits.reshape(-1, V) if self.flatten else logits

    def training_step(self, batch, batch_idx):
        x, _ = batch
        return nn.functional.cross_entropy(self(x).reshape(-1, V), x.reshape(-1))

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def tokens(n: int = 40):
    g = torch.Generator().manual_seed(0)
    return torch.randint(0, V, (n, T), generator=g), torch.arange(n) % 4


def per_sample_loss(output, labels):
    """Next-token style loss per sample: mean of the per-token losses of each sample's T rows."""
    per_token = nn.functional.cross_entropy(output, torch.zeros(output.shape[0], dtype=torch.long), reduction="none")
    return per_token.reshape(len(labels), -1).mean(dim=1)


def fit(model, probe, tmp_path, max_epochs=1, **kwargs):
    callback = Latentris(probe, output_dir=tmp_path, export_on_fit_end=False, metrics=False, **kwargs)
    make_trainer([callback], max_epochs=max_epochs).fit(model, DataLoader(TensorDataset(*probe), batch_size=8))
    return callback


# ------------------------------------------------------------------------------------------- shapes, item 5
@pytest.mark.slow
def test_per_token_output_with_a_loss_fn_records_losses_and_no_misaligned_predictions(tmp_path):
    x, y = tokens()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fit(TokenModel(), (x, y), tmp_path, epochs=[0, 1], layers=["emb"], loss_fn=per_sample_loss,
            probe_batch_size=16)
    dropped = [w for w in caught if "predictions are not recorded" in str(w.message)]
    assert len(dropped) == 1, [str(w.message) for w in caught]  # once, not once per snapshot or batch
    assert "(192, 5) for a probe batch of 16 samples" in str(dropped[0].message)
    run = load_run(tmp_path / "run")
    model = TokenModel()
    for snapshot in range(2):
        assert (run.predictions(snapshot=snapshot) == -1).all()  # unknown, never sample 0's per-token classes
    with torch.no_grad():  # snapshot 0 is the untrained model: the recorded loss is the loss_fn's, sample by sample
        expected = per_sample_loss(model(x), y).numpy()
    np.testing.assert_allclose(run.losses(snapshot=0), expected, rtol=1e-3)


def test_per_token_output_without_loss_fn_is_refused_before_training(tmp_path):
    x, y = tokens()
    model = TokenModel()
    before = [p.detach().clone() for p in model.parameters()]
    with pytest.raises(MisconfigurationException) as raised:
        fit(model, (x, y), tmp_path, epochs=[1], layers=["emb"])  # no epoch 0: the pre-training check finds it
    message = str(raised.value)
    assert "output has shape (480, 5) for a probe batch of 40 samples" in message
    assert "reduce the tokens in the model" in message and "`loss_fn(output, labels)`" in message
    assert all(torch.equal(a, b) for a, b in zip(before, model.parameters(), strict=True))  # not one step taken


@pytest.mark.filterwarnings("ignore:.*predictions are not recorded")
def test_a_loss_fn_returning_per_token_losses_is_refused_before_training(tmp_path):
    x, y = tokens()

    def per_token(output, labels):
        return nn.functional.cross_entropy(output, torch.zeros(output.shape[0], dtype=torch.long), reduction="none")

    with pytest.raises(MisconfigurationException, match=r"`loss_fn` returned shape \(480,\) on probe batch 0 "
                                                        r"\(samples 0\.\.39 of 40\).*shape \(40,\)"):
        fit(TokenModel(), (x, y), tmp_path, epochs=[1], layers=["emb"], loss_fn=per_token)


def test_per_token_logits_of_shape_n_t_v_are_dropped_with_one_warning(tmp_path):
    x, y = tokens()
    with pytest.warns(UserWarning, match=r"output has shape \(40, 12, 5\); predictions need \(40, classes\).* "
                                         r"token-level probes are not supported; pass `loss_fn"):
        fit(TokenModel(flatten=False), (x, y), tmp_path, epochs=[0, 1], layers=["emb"])
    run = load_run(tmp_path / "run")
    assert (run.predictions(snapshot=1) == -1).all()
    assert np.isnan(run.losses(snapshot=1)).all()


class BertTagger(pl.LightningModule):
    """A token-classification BERT (from a config): per-token logits ``(N, T, V)``, per-token labels ``(N, T)``."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.model = BertForTokenClassification(BertConfig(
            vocab_size=30, hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=20,
            max_position_embeddings=T, num_labels=V))

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits

    def training_step(self, batch, batch_idx):
        logits = self(batch["input_ids"], batch["attention_mask"])
        return nn.functional.cross_entropy(logits.reshape(-1, V), batch["labels"].reshape(-1), ignore_index=-100)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def tagged(n: int = 16) -> dict[str, torch.Tensor]:
    """Token-classification batches: padded ids and per-token tags, ``-100`` on padding (the transformers way)."""
    g = torch.Generator().manual_seed(0)
    mask = (torch.arange(T)[None, :] < torch.randint(3, T + 1, (n,), generator=g)[:, None]).long()
    tags = torch.where(mask.bool(), torch.randint(0, V, (n, T), generator=g), -100)
    return {"input_ids": torch.randint(1, 30, (n, T), generator=g) * mask, "attention_mask": mask, "labels": tags,
            "topic": torch.arange(n) % 2}


def per_sample_token_loss(output, labels):
    """A per-sample loss of a per-token output: each sample's mean token cross-entropy against token 0's tag."""
    return nn.functional.cross_entropy(output.transpose(1, 2), output[:, :1].argmax(-1).expand(-1, T),
                                       reduction="none").mean(dim=1)


def test_per_token_labels_are_refused_before_training_saying_what_to_do(tmp_path):
    data = tagged()
    columns = {k: v for k, v in data.items() if k != "topic"}
    loader = DataLoader([{k: v[i] for k, v in columns.items()} for i in range(16)], batch_size=8)
    with pytest.raises(MisconfigurationException, match=r"labels of DataLoader batch 0 of shape \[8, 12\] hold an "
                                                        r"integer per position \(row 0 is \[\d+, .*-100.*per-token "
                                                        r"labels \(N, T\) of a token-level task\. Token-level probes "
                                                        r"are not supported.*Pass per-sample labels.*`loss_fn"):
        Latentris(loader, output_dir=tmp_path)
    x, _ = tokens()
    with pytest.raises(MisconfigurationException, match=r"If these are per-token labels \(N, T\): Token-level"):
        Latentris((x, (x > 2).long()), output_dir=tmp_path)  # binary tags: as likely multi-label, both named
    assert not (tmp_path / "run").exists()


def test_a_token_classifier_probed_with_per_sample_labels_and_a_loss_fn(tmp_path):
    # what the message says to do: one label per sample (label_key) and a loss_fn giving one loss per sample
    data = tagged()
    probe = {"input_ids": data["input_ids"], "attention_mask": data["attention_mask"], "topic": data["topic"]}
    loader = DataLoader([{k: v[i] for k, v in data.items() if k != "topic"} for i in range(16)], batch_size=8)
    callback = Latentris(probe, label_key="topic", layers=["model.bert.encoder.layer.0"], epochs=[0, 1],
                         loss_fn=per_sample_token_loss, output_dir=tmp_path, export_on_fit_end=False, metrics=False)
    model = BertTagger()
    with torch.no_grad():
        expected = per_sample_token_loss(model.eval()(data["input_ids"], data["attention_mask"]), None).numpy()
    model.train()
    with pytest.warns(UserWarning, match=r"output has shape \(16, 12, 5\); predictions need") as caught:
        make_trainer([callback], max_epochs=1).fit(model, loader)
    assert not any("token-level" in str(w.message) for w in caught)  # the loss_fn is what it said to pass
    run = load_run(tmp_path / "run")
    np.testing.assert_allclose(run.losses(snapshot=0), expected, rtol=1e-4)
    assert (run.predictions(snapshot=1) == -1).all()


# ------------------------------------------------------------------------------------------- errors, item 4
class SmallCNN(pl.LightningModule):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                                 nn.Linear(4, 2))

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def test_a_probe_with_the_wrong_channel_count_names_the_batch_shapes_and_layer(tmp_path):
    x, y = torch.randn(20, 1, 8, 8), torch.arange(20) % 2
    with pytest.raises(MisconfigurationException) as raised:
        fit(SmallCNN(), (x, y), tmp_path, epochs=[1], layers=["net.1"], probe_batch_size=16)
    message = str(raised.value)
    assert "the model raised on probe batch 0 (samples 0..15 of 20), input Tensor[16, 1, 8, 8] float32" in message
    assert "in layer 'net.0' (Conv2d(3, 4," in message
    assert "expected input[16, 1, 8, 8] to have 3 channels" in message  # the real first batch, not an internal one
    assert "change the probe" in message
    assert isinstance(raised.value.__cause__, RuntimeError)


class EmbeddingClassifier(pl.LightningModule):
    def __init__(self) -> None:
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.head = nn.Linear(8, 4)

    def forward(self, x):
        return self.head(self.emb(x).mean(dim=1))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def test_a_float_probe_into_an_embedding_says_to_pass_integer_ids(tmp_path):
    x, y = tokens()
    with pytest.raises(MisconfigurationException) as raised:
        fit(EmbeddingClassifier(), (x.float(), y), tmp_path, epochs=[0, 1], layers=["head:input"])
    message = str(raised.value)
    assert "input Tensor[40, 12] float32 in layer 'emb' (Embedding(5, 8))" in message
    assert "Expected tensor for argument #1 'indices'" in message
    assert "needs integer token ids (torch.long)" in message
    assert isinstance(raised.value.__cause__, RuntimeError)


def test_a_loss_fn_that_raises_is_named_with_the_shapes_it_received(tmp_path):
    x, y = tokens()

    def broken(output, labels):
        return nn.functional.cross_entropy(output, labels.float().unsqueeze(1), reduction="none")

    with pytest.raises(MisconfigurationException) as raised:
        fit(EmbeddingClassifier(), (x, y), tmp_path, epochs=[1], layers=["head:input"], loss_fn=broken)
    message = str(raised.value)
    assert ("`loss_fn` raised on probe batch 0 (samples 0..39 of 40) (output Tensor[40, 4] float32, labels "
            "Tensor[40] int64)") in message
    assert "must return one loss per sample, shape (40,)" in message
    assert raised.value.__cause__ is not None and not isinstance(raised.value.__cause__, MisconfigurationException)
