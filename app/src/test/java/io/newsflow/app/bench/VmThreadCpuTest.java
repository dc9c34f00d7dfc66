package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VmThreadCpuTest {

    @Test
    void theJvmsOwnThreadsAreKnownByTheirNames() {
        assertThat(VmThreadCpu.kind("C2 CompilerThre")).isEqualTo(VmThreadCpu.JIT);
        assertThat(VmThreadCpu.kind("C1 CompilerThre")).isEqualTo(VmThreadCpu.JIT);
        assertThat(VmThreadCpu.kind("GC Thread#1")).isEqualTo(VmThreadCpu.GC);
        assertThat(VmThreadCpu.kind("G1 Conc#0")).isEqualTo(VmThreadCpu.GC);
        assertThat(VmThreadCpu.kind("VM Thread")).isEqualTo(VmThreadCpu.GC);
        assertThat(VmThreadCpu.kind("data-plane-kafk")).isNull();
        assertThat(VmThreadCpu.kind("newsflow-page-1")).isNull();
    }

    @Test
    void userAndSystemTicksAreReadAfterTheThreadsNameEvenWhenItHoldsSpacesAndParentheses() {
        // a real line of /proc/self/task/<tid>/stat, with a thread name made awkward on purpose
        String stat = "29950 (C2 (x) Thre) S 29940 29950 16823 0 -1 4194304 128 0 0 0 1234 56 0 0 20 0 1 0 "
                + "3838491 8241152 224 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        assertThat(VmThreadCpu.ticks(stat)).isEqualTo(1234 + 56);
    }
}
