"""Default layers on the models people train, wrapped the way people wrap them: a tiny BERT and GPT-2 built from
``transformers`` configs (never downloaded weights) as ``self.model``, and a torchvision-shaped ResNet as ``self.net``.

Layer discovery runs on the module tree alone, so only the ResNet is fitted (one epoch, a few digits)."""

from __future__ import annotations

import logging

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import make_trainer
from sklearn.datasets import load_digits
from torch import nn
from transformers import BertConfig, BertForSequenceClassification, GPT2Config, GPT2ForSequenceClassification

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.layers import default_layers, describe_choice, repeat_groups, resolve_layers
from latentris_lightning.errors import MisconfigurationException


class Wrapper(pl.LightningModule):
    """The usual LightningModule: the real model is an attribute (``self.model`` / ``self.net``)."""

    def __init__(self, inner: nn.Module, attribute: str = "model") -> None:
        super().__init__()
        setattr(self, attribute, inner)
        self.attribute = attribute

    def forward(self, x):
        return getattr(self, self.attribute)(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)


def tiny_bert(layers: int = 4) -> nn.Module:
    torch.manual_seed(0)
    return BertForSequenceClassification(BertConfig(
        vocab_size=40, hidden_size=32, num_hidden_layers=layers, num_attention_heads=2, intermediate_size=37,
        max_position_embeddings=16, num_labels=3))


def tiny_gpt2(layers: int = 2) -> nn.Module:
    torch.manual_seed(0)
    return GPT2ForSequenceClassification(GPT2Config(
        vocab_size=40, n_embd=32, n_layer=layers, n_head=2, n_positions=16, num_labels=3, pad_token_id=0,
        bos_token_id=1, eos_token_id=2))


# ------------------------------------------------------------------------- a ResNet with torchvision's names
class BasicBlock(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.downsample = None
        if stride != 1 or cin != cout:
            self.downsample = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        return self.relu(self.bn2(self.conv2(out)) + identity)


class ResNet(nn.Module):
    """ResNet-18's layout (two BasicBlocks per stage), a few channels wide, for 1×8×8 digits."""

    def __init__(self, width: int = 4, classes: int = 10) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, width, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        widths = [width, 2 * width, 2 * width, 2 * width]
        cin = width
        for i, (cout, stride) in enumerate(zip(widths, [1, 2, 2, 1], strict=True), start=1):
            setattr(self, f"layer{i}", nn.Sequential(BasicBlock(cin, cout, stride), BasicBlock(cout, cout)))
            cin = cout
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(torch.flatten(self.avgpool(x), 1))


# ------------------------------------------------------------------------------------------------------ tests
def test_default_layers_find_the_encoder_layers_of_a_wrapped_bert():
    chosen = default_layers(Wrapper(tiny_bert(4)))
    assert [i.name for i in chosen] == [f"model.bert.encoder.layer.{i}" for i in range(4)] + ["model.classifier:input"]
    assert {i.module_type for i in chosen[:-1]} == {"BertLayer"}
    assert "model.bert.encoder.layer.{0..3}, the largest repeat group" in chosen[0].reason
    # more layers than asked for: evenly spaced, first and last included
    assert [i.name for i in default_layers(Wrapper(tiny_bert(4)), count=2)][:-1] == [
        "model.bert.encoder.layer.0", "model.bert.encoder.layer.3"]


def test_globs_and_unknown_names_on_a_wrapped_bert():
    model = Wrapper(tiny_bert(2))
    assert [i.name for i in resolve_layers(model, ["model.bert.encoder.layer.*"])] == [
        "model.bert.encoder.layer.0", "model.bert.encoder.layer.1"]
    assert [i.name for i in resolve_layers(model, ["**.layer.*.output"])] == [
        "model.bert.encoder.layer.0.output", "model.bert.encoder.layer.1.output"]  # not attention.output
    with pytest.raises(MisconfigurationException,
                       match=r"Closest names: 'model\.bert\.encoder\.layer\.1'.*"
                             r"model\.bert\.encoder\.layer\.\{0\.\.1\}\.attention\.self\.query"):
        resolve_layers(model, ["model.bert.encoder.layers.1"])


def test_default_layers_of_an_unwrapped_bert_and_a_wrapped_gpt2():
    assert [i.name for i in default_layers(tiny_bert(2))] == [
        "bert.encoder.layer.0", "bert.encoder.layer.1", "classifier:input"]
    gpt2 = Wrapper(tiny_gpt2(3))
    assert [i.name for i in default_layers(gpt2)] == [
        "model.transformer.h.0", "model.transformer.h.1", "model.transformer.h.2", "model.score:input"]
    # GPT-2 blocks hold smaller repeat groups too (ln_1/ln_2): the largest by parameters wins
    assert any(g.members[0].endswith("ln_1") for g in repeat_groups(gpt2))


def test_default_layers_take_the_residual_stages_of_a_resnet():
    model = Wrapper(ResNet(), attribute="net")
    groups = {g.pattern: g for g in repeat_groups(model)}
    assert {"net.layer{1..4}", "net.layer1.{0..1}", "net.layer1.0.conv{1..2}"} <= set(groups)
    assert [i.name for i in default_layers(model)] == [
        "net.layer1", "net.layer2", "net.layer3", "net.layer4", "net.fc:input"]


@pytest.mark.slow
def test_a_wrapped_resnet_fits_with_default_layers_and_says_what_it_chose(tmp_path, caplog):
    digits = load_digits()
    x = torch.tensor(digits.images[:64, None] / 16.0, dtype=torch.float32)
    y = torch.tensor(digits.target[:64])
    callback = Latentris(probe=(x[:30], y[:30]), epochs=[0, 1], output_dir=tmp_path, export_on_fit_end=False)
    pl.seed_everything(0, verbose=False)
    model = Wrapper(ResNet(), attribute="net")
    loader = torch.utils.data.DataLoader(list(zip(x, y, strict=True)), batch_size=16)
    with caplog.at_level(logging.INFO):
        make_trainer([callback], max_epochs=1).fit(model, loader)
    run = load_run(tmp_path)
    assert run.layers == ["net.layer1", "net.layer2", "net.layer3", "net.layer4", "net.fc:input"]
    assert run.activations("net.layer4", epoch=1).shape == (30, 8)
    # the head reads the average-pooled last stage: the two records agree
    np.testing.assert_allclose(run.activations("net.layer4", epoch=1), run.activations("net.fc:input", epoch=1),
                               rtol=1e-2, atol=1e-2)
    line = [r.getMessage() for r in caplog.records if "layers=None chose" in r.getMessage()]
    assert line == [f"Latentris: layers=None chose {describe_choice(callback.layers)}. Pass `layers=[...]` to choose."]
    assert ("net.layer1, net.layer2, net.layer3, net.layer4 (4 evenly spaced of the 4 Sequential blocks "
            "net.layer{1..4}, the largest repeat group") in line[0]
    assert line[0].endswith("; net.fc:input (penultimate representation, the input of the last layer). "
                            "Pass `layers=[...]` to choose.")
