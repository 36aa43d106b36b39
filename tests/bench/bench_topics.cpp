// Google Benchmark micro-benchmarks of the engine's building blocks:
//   TopicTree apply on an existing topic / a new topic, TopicFilter matching, TopicSearch over
//   1,000,000 topics. Run: build/tests/bench/bench_topics [--benchmark_repetitions=5]

#include "bench/LoadGenerator.h"
#include "topics/TopicFilter.h"
#include "topics/TopicSearch.h"
#include "topics/TopicTree.h"

#include <benchmark/benchmark.h>

#include <QDateTime>

using namespace deck;

namespace {
std::vector<Message> makeMessages(size_t count, int topics)
{
    std::vector<Message> out;
    out.reserve(count);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (size_t i = 0; i < count; ++i)
        out.push_back(
            Message::fromParts(LoadGenerator::topicFor(i, topics),
                               QByteArray(R"({"seq":123456,"value":21.50,"unit":"C","q":"good"})"),
                               0, false, false, now));
    return out;
}

void BM_ApplyExistingTopic(benchmark::State &state)
{
    HistoryLimits limits;
    limits.messagesPerTopic = int(state.range(0));
    TopicTree tree(limits);
    const auto messages = makeMessages(100000, 100000);
    for (int round = 0; round < 25; ++round) // warm up: every topic at its history limit
        for (const Message &m : messages)
            tree.apply(m);
    // The engine hands each message over (moves it); copies are made outside the timing.
    std::vector<Message> batch;
    size_t i = 0;
    for (auto _ : state) {
        if (i == batch.size()) {
            state.PauseTiming();
            batch = messages;
            i = 0;
            state.ResumeTiming();
        }
        benchmark::DoNotOptimize(tree.apply(std::move(batch[i++])));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ApplyExistingTopic)->Arg(0)->Arg(20);

void BM_ApplyNewTopic(benchmark::State &state)
{
    const size_t batch = 200000;
    std::vector<Message> messages = makeMessages(batch, int(batch));
    auto tree = std::make_unique<TopicTree>();
    size_t i = 0;
    for (auto _ : state) {
        if (i == batch) { // a fresh tree so that every apply creates a topic
            state.PauseTiming();
            tree = std::make_unique<TopicTree>();
            messages = makeMessages(batch, int(batch));
            i = 0;
            state.ResumeTiming();
        }
        benchmark::DoNotOptimize(tree->apply(std::move(messages[i++])));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ApplyNewTopic);

void BM_FilterMatch(benchmark::State &state)
{
    const TopicFilter filter(QByteArray("site-+/area-07/+/telemetry/#"));
    const QByteArray topic = LoadGenerator::topicFor(4207, 100000);
    const std::string_view t(topic.constData(), size_t(topic.size()));
    for (auto _ : state)
        benchmark::DoNotOptimize(filter.matches(t));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FilterMatch);

void BM_SearchMillionTopics(benchmark::State &state)
{
    HistoryLimits limits;
    limits.messagesPerTopic = 0;
    static TopicTree *tree = [] {
        auto *t = new TopicTree(HistoryLimits{0, 0, 0});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (size_t i = 0; i < 1000000; ++i)
            t->apply(
                Message::fromParts(LoadGenerator::topicFor(i, 1000000), "x", 0, false, false, now));
        return t;
    }();
    TopicQuery q;
    q.mode = TopicQuery::Mode(state.range(0));
    q.text = q.mode == TopicQuery::Mode::Filter ? QStringLiteral("site-07/+/+/telemetry/temp")
                                                : QStringLiteral("device-0042");
    for (auto _ : state)
        benchmark::DoNotOptimize(TopicSearch::run(*tree, q));
    state.SetLabel(q.mode == TopicQuery::Mode::Filter ? "filter" : "substring");
}
BENCHMARK(BM_SearchMillionTopics)
    ->Arg(int(TopicQuery::Mode::TopicText))
    ->Arg(int(TopicQuery::Mode::Filter))
    ->Unit(benchmark::kMillisecond);
} // namespace

BENCHMARK_MAIN();
