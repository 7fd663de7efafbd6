"""PyTorch reference for the digits network: writes tests/fixtures/digits-reference.json.

Rebuilds exactly what the TypeScript core does (mulberry32 split, PyTorch-default init drawn from
mulberry32, seeded Fisher-Yates batch order), trains nn.Sequential(Linear(64, 32), ReLU(),
Linear(32, 10)) in float64 with torch.optim.SGD, and records, for the first 50 steps, each
batch's loss, the full train loss after each step and a digest of the weights after 50 steps.
The fixture also holds digests of the data, split and initial weights, so the TypeScript test
proves both sides started from identical inputs. CI only reads the fixture; it never runs this.
Usage: python3 scripts/reference/digits_reference.py   (needs python3-torch), then
`npx prettier --write tests/fixtures/digits-reference.json`.
"""
import gzip
import json
import math
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[2]
SPLIT_SEED, TRAIN_COUNT, SEED, BATCH, LR, STEPS = 24, 1347, 1, 32, 0.05, 50
STRIDE = 10  # the weight digest keeps every 10th weight
CASES = [
    {"id": "gd", "momentum": 0.0, "nesterov": False},
    {"id": "heavy-ball-0.9", "momentum": 0.9, "nesterov": False},
    {"id": "nesterov-0.9", "momentum": 0.9, "nesterov": True},
]
M32 = 0xFFFFFFFF


def mulberry32(seed):
    """The same generator as src/core/models/random.ts, in unsigned 32-bit arithmetic."""
    a = seed & M32

    def rand():
        nonlocal a
        a = (a + 0x6D2B79F5) & M32
        t = a
        t = ((t ^ (t >> 15)) * (t | 1)) & M32
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & M32)) & M32
        return ((t ^ (t >> 14)) & M32) / 4294967296

    return rand


def shuffle(items, rand):
    for i in range(len(items) - 1, 0, -1):
        j = math.floor(rand() * (i + 1))
        items[i], items[j] = items[j], items[i]
    return items


def load():
    raw = gzip.decompress((ROOT / "public" / "digits.bin.gz").read_bytes())
    n = len(raw) // 65
    labels = torch.tensor([raw[i * 65] for i in range(n)], dtype=torch.long)
    pixels = torch.tensor([[raw[i * 65 + 1 + k] for k in range(64)] for i in range(n)],
                          dtype=torch.float64) / 16
    order = shuffle(list(range(n)), mulberry32(SPLIT_SEED))
    return pixels, labels, order[:TRAIN_COUNT]


def initial_weights(rand):
    """PyTorch's nn.Linear default bounds, drawn from mulberry32 as (2u - 1) * bound."""
    values = []
    for count, fan_in in [(32 * 64, 64), (32, 64), (10 * 32, 32), (10, 32)]:
        bound = 1 / math.sqrt(fan_in)
        values += [(2 * rand() - 1) * bound for _ in range(count)]
    return values


def flat(model):
    return torch.cat([p.detach().reshape(-1) for p in model.parameters()]).tolist()


def digest(w):
    return {"sum": math.fsum(w), "sumSquares": math.fsum(v * v for v in w), "every10th": w[::STRIDE]}


def run(case, x, y):
    rand = mulberry32(SEED)
    w0 = initial_weights(rand)
    model = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))
    model = model.double()
    with torch.no_grad():
        at = 0
        for p in model.parameters():
            p.copy_(torch.tensor(w0[at:at + p.numel()], dtype=torch.float64).reshape(p.shape))
            at += p.numel()
    assert flat(model) == w0
    opt = torch.optim.SGD(model.parameters(), lr=LR, momentum=case["momentum"],
                          nesterov=case["nesterov"])
    order = list(range(len(y)))
    per_epoch = math.ceil(len(y) / BATCH)
    batch_losses, train_losses = [], []
    for step in range(STEPS):
        k = step % per_epoch
        if k == 0:
            shuffle(order, rand)
        batch = torch.tensor(order[k * BATCH:(k + 1) * BATCH])
        opt.zero_grad()
        loss = F.cross_entropy(model(x[batch]), y[batch])
        loss.backward()
        opt.step()
        batch_losses.append(loss.item())
        with torch.no_grad():
            train_losses.append(F.cross_entropy(model(x), y).item())
    return {**case, "batchLosses": batch_losses, "trainLosses": train_losses,
            "weights": digest(flat(model))}


def main():
    torch.set_num_threads(1)
    pixels, labels, train = load()
    x, y = pixels[train], labels[train]
    out = {
        "source": "scripts/reference/digits_reference.py, torch " + torch.__version__ + ", float64",
        "tolerance": {"relative": 1e-9},
        "splitSeed": SPLIT_SEED, "trainCount": TRAIN_COUNT, "seed": SEED, "batchSize": BATCH,
        "lr": LR, "steps": STEPS, "stride": STRIDE,
        "trainIndices": {"first": train[:10], "sum": sum(train)},
        "trainPixelSum": x.sum().item(), "trainLabelSum": int(y.sum()),
        "initialWeights": digest(initial_weights(mulberry32(SEED))),
        "cases": [run(c, x, y) for c in CASES],
    }
    path = ROOT / "tests" / "fixtures" / "digits-reference.json"
    path.write_text(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
