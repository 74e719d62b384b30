// SPDX-License-Identifier: MIT
#include "model/run_model.h"

namespace coroscope {

std::shared_ptr<const RunModel> makeRunModel(Trace trace, std::string out, std::string err,
                                             int exitStatus, std::vector<RunProblem> problems) {
    auto model = std::make_shared<RunModel>();
    model->trace = std::move(trace);
    model->out = std::move(out);
    model->err = std::move(err);
    model->exitStatus = exitStatus;
    model->problems = std::move(problems);
    const Trace& t = model->trace;
    // The trace builds its span index on first use: do it here, once.
    (void)t.peakMemory();
    model->ticks = TickIndex(t);
    model->arrows = collectArrows(t);
    model->notes = collectNotes(t);
    model->taskLanes = LaneSet(t, LaneMode::Tasks);
    model->workerLanes = LaneSet(t, LaneMode::Workers);
    model->restaurant = planRestaurant(t);
    model->workerTask.assign(t.workers().size(), 0);
    for (std::size_t i = t.tasks().size(); i-- > 1;) {
        const TaskInfo& info = t.tasks()[i];
        if (info.kind != TaskKind::Task && info.worker < model->workerTask.size() &&
            t.workers()[info.worker].kind != WorkerKind::Loop)
            model->workerTask[info.worker] = static_cast<TaskId>(i); // the first one wins
    }
    return model;
}

} // namespace coroscope
