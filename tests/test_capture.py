"""Layer resolution, output reduction and the probe pass on convolutional, sequence and tuple-output models."""

from __future__ import annotations

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import make_trainer
from lightning.pytorch.utilities.exceptions import MisconfigurationException
from torch import nn

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.layers import default_layers, resolve_layers
from latentris_lightning.capture.probe import make_probe
from latentris_lightning.capture.probe_pass import capture_snapshot
from latentris_lightning.capture.reduction import LayerReducer, make_reducers


class TinyCNN(pl.LightningModule):
    def __init__(self) -> None:
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 6, 3, padding=1),
                                      nn.ReLU())
        self.head = nn.Linear(6, 3)

    def forward(self, x):
        return self.head(self.features(x).mean(dim=(2, 3)))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


class TinyTransformer(pl.LightningModule):
    """Token ids → embeddings → 2 encoder layers → CLS token → classes; encoder layers output (N, T, D)."""

    def __init__(self, vocab=11, d=8, classes=3) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, d)
        self.encoder = nn.ModuleList(
            [nn.TransformerEncoderLayer(d, nhead=2, dim_feedforward=16, dropout=0.1, batch_first=True)
             for _ in range(2)]
        )
        self.classifier = nn.Linear(d, classes)

    def forward(self, tokens):
        h = self.embed(tokens)
        for layer in self.encoder:
            h = layer(h)
        return self.classifier(h[:, 0])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)


class TupleLSTM(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.lstm = nn.LSTM(4, 5, batch_first=True)
        self.head = nn.Linear(5, 2)

    def forward(self, x):
        out, (h, _c) = self.lstm(x)
        return self.head(h[-1])


class DictBlock(nn.Module):
    def forward(self, x):
        return {"mask": x > 0, "hidden": x * 2.0}


def images(n=12):
    g = torch.Generator().manual_seed(0)
    return torch.randn(n, 1, 5, 5, generator=g), torch.arange(n) % 3


def tokens(n=12):
    g = torch.Generator().manual_seed(0)
    return torch.randint(0, 11, (n, 6), generator=g), torch.arange(n) % 3


def reducer(module=None, **kwargs):
    return LayerReducer(layer="x", module=module or nn.Identity(), **kwargs)


def test_feature_maps_are_pooled_max_pooled_or_flattened():
    x = torch.arange(2 * 3 * 2 * 2, dtype=torch.float32).reshape(2, 3, 2, 2)
    auto = reducer()
    assert torch.equal(auto(x), x.mean(dim=(2, 3))) and auto.resolved == "mean"
    assert torch.equal(reducer(reduction="max")(x), x.amax(dim=(2, 3)))
    assert reducer(reduction="flatten")(x).shape == (2, 12)
    assert auto.describe() == {"reduction": "mean", "output_shape": [3, 2, 2]}


def test_wide_flatten_is_sketched_deterministically_and_keeps_geometry():
    g = torch.Generator().manual_seed(1)
    x = torch.randn(40, 8, 16, 16, generator=g)  # 2048 values per sample
    a = reducer(reduction="flatten", max_dim=512, seed=3)
    sketched = a(x)
    assert sketched.shape == (40, 512) and a.resolved == "flatten+sketch:512"
    assert torch.equal(sketched, reducer(reduction="flatten", max_dim=512, seed=3)(x))
    flat = x.flatten(1)
    # inner products (hence distances) are preserved in expectation: check the distance structure survives
    d_true = torch.cdist(flat, flat)
    d_sketch = torch.cdist(sketched, sketched)
    iu = torch.triu_indices(40, 40, 1)
    ratio = d_sketch[iu[0], iu[1]] / d_true[iu[0], iu[1]]
    assert abs(ratio.mean().item() - 1) < 0.05 and ratio.std().item() < 0.1
    torch.manual_seed(0)
    before = torch.rand(1)
    torch.manual_seed(0)
    reducer(reduction="flatten", max_dim=64, seed=9)(x)
    assert torch.equal(torch.rand(1), before), "the sketch must not draw from the global RNG"


def test_sequences_average_tokens_or_pick_one():
    x = torch.arange(2 * 4 * 3, dtype=torch.float32).reshape(2, 4, 3)  # (N, T, D)
    auto = reducer(module=nn.Linear(3, 3))
    assert torch.equal(auto(x), x.mean(dim=1)) and auto.resolved == "tokens_mean"
    assert torch.equal(reducer(reduction="token:0")(x), x[:, 0])
    assert torch.equal(reducer(reduction="token:-1")(x), x[:, -1])
    with pytest.raises(MisconfigurationException, match="output has 4 tokens"):
        reducer(reduction="token:9")(x)
    with pytest.raises(MisconfigurationException, match=r"needs a \(N, tokens, features\) output"):
        reducer(reduction="tokens_mean")(torch.ones(2, 3, 4, 4))


def test_conv1d_maps_are_channels_first_under_auto():
    x = torch.arange(2 * 3 * 5, dtype=torch.float32).reshape(2, 3, 5)  # (N, C, L)
    r = reducer(module=nn.Conv1d(3, 3, 1))
    assert torch.equal(r(x), x.mean(dim=2)) and r.resolved == "mean"


def test_tuple_and_dict_outputs_select_an_element():
    t = (torch.ones(2, 3), (torch.zeros(2, 4), torch.zeros(2, 4)))
    first = reducer()
    assert first(t).shape == (2, 3) and first.describe()["selected"] == "0"
    with pytest.raises(MisconfigurationException, match=r"select=\{'x': <index>\}"):
        reducer(select=1)(t)  # element 1 is a tuple, not a tensor
    d = {"mask": torch.ones(2, 3, dtype=torch.bool), "hidden": torch.full((2, 3), 2.0)}
    chosen = reducer(select="hidden")
    assert torch.equal(chosen(d), d["hidden"]) and chosen.describe()["selected"] == "hidden"
    with pytest.raises(MisconfigurationException, match=r"keys \['mask', 'hidden'\]"):
        reducer(select="logits")(d)


def test_lstm_tuple_output_records_its_sequence():
    model = TupleLSTM()
    probe = make_probe((torch.randn(6, 7, 4), torch.arange(6) % 2))
    snap = capture_snapshot(model, probe, ["lstm", "head:input"])
    assert snap.activations["lstm"].shape == (6, 5)  # output (N, T, 5) → mean over tokens
    assert snap.layers["lstm"]["reduction"] == "tokens_mean" and snap.layers["lstm"]["selected"] == "0"
    assert snap.activations["head:input"].shape == (6, 5)


def test_layer_types_and_inputs_resolve_in_model_order():
    model = TinyCNN()
    names = [info.name for info in resolve_layers(model, [nn.Conv2d, "head:input", "head"])]
    assert names == ["features.0", "features.2", "head:input", "head"]
    with pytest.raises(MisconfigurationException, match=r"No module of TinyCNN is an instance of LSTM.*Conv2d"):
        resolve_layers(model, [nn.LSTM])


def test_input_hook_records_what_flows_into_the_module():
    model = TinyCNN()
    probe = make_probe(images())
    snap = capture_snapshot(model, probe, ["head:input"])
    expected = model.features(probe.inputs).mean(dim=(2, 3)).detach().numpy()
    np.testing.assert_allclose(snap.activations["head:input"], expected, rtol=1e-5, atol=1e-6)


def test_default_layers():
    mlp = nn.Sequential(*[m for _ in range(8) for m in (nn.Linear(4, 4), nn.ReLU())], nn.Linear(4, 2))
    names = [info.name for info in default_layers(mlp)]
    assert names == ["0", "4", "10", "14", "16:input"]  # 4 of the Linear layers 0, 2, …, 14 (16 is the head)
    transformer = [info.name for info in default_layers(TinyTransformer())]
    assert transformer == ["encoder.0", "encoder.1", "classifier:input"]
    assert [info.name for info in default_layers(TupleLSTM())] == ["lstm", "head:input"]  # no repeat group
    with pytest.raises(MisconfigurationException, match="no module with parameters"):
        default_layers(nn.Sequential(nn.ReLU()))


def test_conv_layers_through_the_callback_record_their_reduction(tmp_path):
    callback = Latentris(probe=images(), layers=["features.*"], epochs=[0, 1], output_dir=tmp_path,
                         export_on_fit_end=False)
    x, y = images(24)
    loader = torch.utils.data.DataLoader(list(zip(x, y, strict=True)), batch_size=8)
    make_trainer([callback], max_epochs=1).fit(TinyCNN(), loader)
    run = load_run(tmp_path)
    assert run.layers == ["features.0", "features.1", "features.2", "features.3"]
    assert run.activations("features.2", epoch=1).shape == (12, 6)
    info = run.layer_info("features.2")
    assert info["reduction"] == "mean" and info["output_shape"] == [6, 5, 5] and info["module_type"] == "Conv2d"
    assert info["reason"] == "matched pattern 'features.*'"


def test_transformer_through_the_callback(tmp_path):
    x, y = tokens(24)
    callback = Latentris(
        probe=tokens(), output_dir=tmp_path, epochs=[0, 2], reduction={"encoder.1": "token:0"}, export_on_fit_end=False
    )
    pl.seed_everything(0, verbose=False)
    loader = torch.utils.data.DataLoader(list(zip(x, y, strict=True)), batch_size=8)
    make_trainer([callback], max_epochs=2).fit(TinyTransformer(), loader)
    run = load_run(tmp_path)
    assert run.layers == ["encoder.0", "encoder.1", "classifier:input"]  # the repeat group, then the head input
    assert run.layer_info("encoder.0")["reduction"] == "tokens_mean"
    assert run.layer_info("encoder.1")["reduction"] == "token:0"
    # the CLS token at encoder.1 IS what the classifier reads
    np.testing.assert_allclose(
        run.activations("encoder.1", epoch=2), run.activations("classifier:input", epoch=2), rtol=1e-3, atol=1e-3
    )
    assert np.isfinite(run.losses(epoch=2)).all()


def test_probe_batches_are_stitched_in_order():
    model = TinyCNN()
    probe = make_probe(images(10))
    whole = capture_snapshot(model, probe, ["features.3"], batch_size=10)
    pieces = capture_snapshot(model, probe, ["features.3"], batch_size=3)
    np.testing.assert_allclose(whole.activations["features.3"], pieces.activations["features.3"], rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(whole.predictions, pieces.predictions)
    np.testing.assert_allclose(whole.losses, pieces.losses, rtol=1e-5)
    assert whole.predictions.shape == (10,) and set(whole.predictions) <= {0, 1, 2}


def test_single_process_batches_are_views_with_a_short_tail():
    model = TinyCNN()
    probe = make_probe(images(10))
    seen = []
    handle = model.register_forward_pre_hook(lambda _m, args: seen.append(args[0]))
    try:
        capture_snapshot(model, probe, ["features.3"], batch_size=4)
    finally:
        handle.remove()
    assert [x.shape[0] for x in seen] == [4, 4, 2]  # no padding rows: 10 rows through the model for 10 samples
    assert all(x.data_ptr() == probe.inputs[4 * i].data_ptr() for i, x in enumerate(seen))  # slices, not copies


def test_per_sample_loss_and_predictions_match_the_model():
    model = TinyCNN()
    probe = make_probe(images())
    snap = capture_snapshot(model, probe, ["head"])
    logits = model(probe.inputs).detach()
    np.testing.assert_array_equal(snap.predictions, logits.argmax(1).numpy())
    expected = nn.functional.cross_entropy(logits, torch.as_tensor(probe.labels), reduction="none").numpy()
    np.testing.assert_allclose(snap.losses, expected, rtol=1e-5)
    custom = capture_snapshot(model, probe, ["head"], loss_fn=lambda out, y: (out.argmax(1) != y).float())
    np.testing.assert_array_equal(custom.losses, (snap.predictions != probe.labels).astype(np.float32))


def test_a_module_used_twice_per_forward_is_refused():
    class Shared(nn.Module):
        def __init__(self):
            super().__init__()
            self.block = nn.Linear(3, 3)

        def forward(self, x):
            return self.block(self.block(x))

    with pytest.raises(RuntimeError, match="called more than once per forward"):
        capture_snapshot(Shared(), make_probe((torch.randn(4, 3), torch.arange(4) % 2)), ["block"])


def test_a_module_forward_never_calls_is_refused_and_hooks_are_removed():
    class Unused(nn.Module):
        def __init__(self):
            super().__init__()
            self.used, self.spare = nn.Linear(3, 2), nn.Linear(3, 2)

        def forward(self, x):
            return self.used(x)

    model = Unused()
    with pytest.raises(RuntimeError, match="'spare' was never called"):
        capture_snapshot(model, make_probe((torch.randn(4, 3), torch.arange(4) % 2)), ["spare", "used"])
    assert not model.spare._forward_hooks and not model.used._forward_hooks, "hooks left installed"


def test_bad_layer_output_fails_before_the_first_step(tmp_path):
    class Block(pl.LightningModule):
        def __init__(self):
            super().__init__()
            self.dict_block = DictBlock()
            self.fc = nn.Linear(3, 2)

        def forward(self, x):
            return self.fc(self.dict_block(x)["hidden"])

        def training_step(self, batch, batch_idx):
            raise AssertionError("training must not start")

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=0.1)

    x, y = torch.randn(8, 3), torch.arange(8) % 2
    callback = Latentris(probe=(x, y), layers=["dict_block"], select="logits", epochs=[1], output_dir=tmp_path)
    with pytest.raises(MisconfigurationException, match=r"keys \['mask', 'hidden'\]"):
        loader = torch.utils.data.DataLoader(list(zip(x, y, strict=True)), batch_size=4)
        make_trainer([callback], max_epochs=1).fit(Block(), loader)


def test_make_reducers_applies_per_layer_patterns():
    model = TinyCNN()
    infos = resolve_layers(model, ["features.*"])
    reducers = make_reducers(model, infos, reduction={"features.[01]": "max"}, max_dim=7, seed=2)
    assert [r.reduction for r in reducers.values()] == ["max", "max", "auto", "auto"]
    assert all(r.max_dim == 7 and r.seed == 2 for r in reducers.values())


def nested_encoder():
    """``encoder.layer.{0,1}.{attention.output, output}``: an ``output`` at two depths, as in BERT."""
    def block():
        return nn.ModuleDict({"attention": nn.ModuleDict({"output": nn.Linear(4, 4)}), "output": nn.Linear(4, 4)})
    return nn.ModuleDict({"encoder": nn.ModuleDict({"layer": nn.ModuleList([block(), block()])})})


def test_star_matches_one_name_segment_and_double_star_any_depth():
    model = nested_encoder()
    assert [i.name for i in resolve_layers(model, ["encoder.layer.*"])] == ["encoder.layer.0", "encoder.layer.1"]
    assert [i.name for i in resolve_layers(model, ["*.layer.*.output"])] == [
        "encoder.layer.0.output", "encoder.layer.1.output"]
    assert [i.name for i in resolve_layers(model, ["**.output"])] == [
        "encoder.layer.0.attention.output", "encoder.layer.0.output",
        "encoder.layer.1.attention.output", "encoder.layer.1.output"]
    assert len(resolve_layers(model, ["encoder.**"])) == 9  # everything inside encoder, not encoder itself


def test_per_layer_settings_and_alert_rules_follow_the_same_glob_rule():
    from latentris_lightning.analysis.alerts import Collapse
    from latentris_lightning.capture.reduction import per_layer

    assert per_layer({"encoder.*": "max"}, "encoder.layer.0.output", "auto") == "auto"
    assert per_layer({"encoder.**": "max"}, "encoder.layer.0.output", "auto") == "max"
    assert not Collapse(layers=["encoder.*"]).watches("encoder.layer.0.output")
    assert Collapse(layers=["**.output"]).watches("encoder.layer.0.output")


def test_unknown_layer_lists_closest_names_first_then_the_whole_tree_by_pattern():
    def block():
        mlp = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 2))
        return nn.ModuleDict({"attn": nn.Linear(2, 2), "mlp": mlp})
    model = nn.ModuleDict({"encoder": nn.ModuleDict({"layers": nn.ModuleList([block() for _ in range(12)])}),
                           "head": nn.Linear(2, 2)})
    assert len(dict(model.named_modules())) > 60
    with pytest.raises(MisconfigurationException) as err:
        resolve_layers(model, ["encoder.layer.11"])
    message = str(err.value)
    assert message.index("Closest names: 'encoder.layers.11'") < message.index("Module tree:")
    tree = message.split("Module tree: ", 1)[1]
    assert tree == ("encoder, encoder.layers, encoder.layers.{0..11}, encoder.layers.{0..11}.attn, "
                    "encoder.layers.{0..11}.mlp, encoder.layers.{0..11}.mlp.{0..2}, head.")


@pytest.mark.parametrize(("name", "pattern", "expected"), [
    ("features.0", "features.*", True), ("features.0.conv", "features.*", False),
    ("layer1:input", "layer*", True), ("features.1", "features.[01]", True), ("features.2", "features.[01]", False),
    ("output", "**.output", True), ("a.x.y.output", "**.output", True), ("a.b", "a.**.b", True),
    ("a.x.y.b", "a.**.b", True), ("encoder", "encoder.**", False), ("encoder.x.y", "encoder.**", True),
    ("encoder.layer.0.attention.output", "encoder.layer.*.output", False), ("fc", "fc", True), ("fc", "f", False),
])
def test_glob_rule(name, pattern, expected):
    from latentris_lightning.globs import glob_match

    assert glob_match(name, pattern) is expected
