// SPDX-License-Identifier: GPL-3.0-or-later
// isthmus-xwatch: starts one desktop program on the current X display and reports, from X events
// rather than polling, when its first top-level window was mapped and when it drew into it (the
// DAMAGE extension), then its memory and CPU at the given seconds. The same watcher measures
// Isthmus, Kaidan, Dino and an empty Kirigami window, so the numbers compare.
//
//   isthmus-xwatch [--samples 10,60] -- program args...
//
// Prints one JSON object: mapped_ms, first_frame_ms (the program's first draw into a mapped
// window: the damage the map itself causes, in the same millisecond, does not count), and for
// each sample second rss_mb_<s>, anon_mb_<s> (the part of rss_mb backed by no file: heaps, stacks,
// the JavaScript heap, images; the rest is the pages of libraries and fonts the program touched)
// and cpu_s_<s> of the program and its children.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <poll.h>
#include <set>
#include <sstream>
#include <string>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <xcb/xcb.h>
#include <xcb/xcbext.h>

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The DAMAGE extension without libxcb-damage (not installed here): its two requests by hand.
xcb_extension_t damageExtension = { "DAMAGE", 0 };

void damageQueryVersion(xcb_connection_t *connection)
{
    // Each body starts with the 4-byte request header that xcb fills in.
    uint32_t body[3] = { 0, 1, 1 };
    iovec parts[4] = {};
    parts[2].iov_base = body;
    parts[2].iov_len = sizeof body;
    const xcb_protocol_request_t request = { 2, &damageExtension, 0 /* QueryVersion */, 0 };
    const unsigned int cookie = xcb_send_request(connection, 0, parts + 2, &request);
    free(xcb_wait_for_reply(connection, cookie, nullptr));
}

void damageCreate(xcb_connection_t *connection, xcb_window_t window)
{
    struct
    {
        uint32_t header;
        uint32_t damage;
        uint32_t drawable;
        uint8_t level;
        uint8_t pad[3];
    } body = { 0, xcb_generate_id(connection), window, 0 /* raw rectangles: every draw */, {} };
    iovec parts[4] = {};
    parts[2].iov_base = &body;
    parts[2].iov_len = sizeof body;
    const xcb_protocol_request_t request = { 2, &damageExtension, 1 /* Create */, 1 };
    xcb_send_request(connection, 0, parts + 2, &request);
    xcb_flush(connection);
}

struct Usage
{
    double rssMb = 0;
    double anonMb = 0;
    double cpuS = 0;
};

// The program and every process below it.
Usage usageOfTree(pid_t root)
{
    std::map<pid_t, pid_t> parentOf;
    std::map<pid_t, Usage> usage;
    const long ticks = sysconf(_SC_CLK_TCK);
    const long page = sysconf(_SC_PAGESIZE);
    FILE *list = popen("ls /proc", "r");
    char name[64];
    while (list && fscanf(list, "%63s", name) == 1) {
        const pid_t pid = atoi(name);
        if (pid <= 0) {
            continue;
        }
        std::ifstream stat("/proc/" + std::string(name) + "/stat");
        std::string line;
        if (!std::getline(stat, line)) {
            continue;
        }
        // Fields after the command name, which may hold spaces: state ppid ... utime(14) stime(15).
        std::istringstream rest(line.substr(line.rfind(')') + 2));
        std::vector<std::string> fields;
        for (std::string field; rest >> field;) {
            fields.push_back(field);
        }
        if (fields.size() < 22) {
            continue;
        }
        parentOf[pid] = std::stoi(fields[1]);
        const double cpu = double(std::stoll(fields[11]) + std::stoll(fields[12])) / double(ticks);
        std::ifstream statm("/proc/" + std::string(name) + "/statm");
        long size = 0, resident = 0, shared = 0; // shared: resident pages backed by a file
        statm >> size >> resident >> shared;
        const double mb = double(page) / (1024.0 * 1024.0);
        usage[pid] = { double(resident) * mb, double(resident - shared) * mb, cpu };
    }
    if (list) {
        pclose(list);
    }
    std::set<pid_t> tree { root };
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto &[pid, parent] : parentOf) {
            if (tree.count(parent) && !tree.count(pid)) {
                tree.insert(pid);
                grew = true;
            }
        }
    }
    Usage total;
    for (pid_t pid : tree) {
        total.rssMb += usage[pid].rssMb;
        total.anonMb += usage[pid].anonMb;
        total.cpuS += usage[pid].cpuS;
    }
    return total;
}

void stop(pid_t child)
{
    kill(child, SIGTERM);
    for (int i = 0; i < 30; ++i) {
        if (waitpid(child, nullptr, WNOHANG) == child) {
            return;
        }
        usleep(100 * 1000);
    }
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
}
} // namespace

int main(int argc, char **argv)
{
    std::vector<int> samples { 10 };
    int first = 1;
    for (; first < argc && std::strcmp(argv[first], "--") != 0; ++first) {
        const std::string option = argv[first];
        if (option == "--samples" && first + 1 < argc) {
            samples.clear();
            std::istringstream list(argv[++first]);
            for (std::string second; std::getline(list, second, ',');) {
                samples.push_back(std::stoi(second));
            }
        }
    }
    if (first + 1 >= argc) {
        std::fprintf(stderr, "usage: isthmus-xwatch [--samples 10,60] -- program args...\n");
        return 2;
    }
    std::sort(samples.begin(), samples.end());

    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(connection)) {
        std::fprintf(stderr, "isthmus-xwatch: no X display\n");
        return 2;
    }
    const xcb_query_extension_reply_t *damage = xcb_get_extension_data(connection, &damageExtension);
    if (!damage || !damage->present) {
        std::fprintf(stderr, "isthmus-xwatch: the X server has no DAMAGE extension\n");
        return 2;
    }
    damageQueryVersion(connection);
    xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);

    const Clock::time_point start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[first + 1], argv + first + 1);
        std::fprintf(stderr, "isthmus-xwatch: cannot start %s: %s\n", argv[first + 1], std::strerror(errno));
        _exit(127);
    }

    double mapped = -1, firstFrame = -1;
    std::set<xcb_window_t> watched;
    std::map<int, Usage> usage;
    const int fd = xcb_get_file_descriptor(connection);
    bool exited = false;
    while (usage.size() < samples.size()) {
        if (waitpid(child, nullptr, WNOHANG) == child) {
            exited = true;
            break;
        }
        for (int second : samples) {
            if (!usage.count(second) && msSince(start) >= second * 1000.0) {
                usage[second] = usageOfTree(child);
            }
        }
        pollfd wait = { fd, POLLIN, 0 };
        poll(&wait, 1, 20);
        while (xcb_generic_event_t *event = xcb_poll_for_event(connection)) {
            const uint8_t type = event->response_type & 0x7f;
            if (type == XCB_MAP_NOTIFY) {
                auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                xcb_get_geometry_reply_t *geometry
                    = xcb_get_geometry_reply(connection, xcb_get_geometry(connection, map->window), nullptr);
                // A real window, not a tooltip or a one-pixel helper window.
                if (geometry && !map->override_redirect && geometry->width >= 100 && geometry->height >= 100
                    && watched.insert(map->window).second) {
                    if (mapped < 0) {
                        mapped = msSince(start);
                    }
                    damageCreate(connection, map->window);
                }
                free(geometry);
            } else if (type == damage->first_event) {
                const double now = msSince(start);
                if (firstFrame < 0 && mapped >= 0 && now - mapped > 1.0) {
                    firstFrame = now;
                }
            }
            free(event);
        }
    }
    if (!exited) {
        stop(child);
    }
    xcb_disconnect(connection);

    std::printf("{\"mapped_ms\": %.1f, \"first_frame_ms\": %.1f, \"exited_early\": %s", mapped, firstFrame,
        exited ? "true" : "false");
    for (const auto &[second, value] : usage) {
        std::printf(", \"rss_mb_%d\": %.1f, \"anon_mb_%d\": %.1f, \"cpu_s_%d\": %.2f", second, value.rssMb,
            second, value.anonMb, second, value.cpuS);
    }
    std::printf("}\n");
    return 0;
}
